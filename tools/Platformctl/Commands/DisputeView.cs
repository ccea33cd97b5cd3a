using Platform.Contracts.Disputes.V1;
using Platform.Platformctl.Output;

namespace Platform.Platformctl.Commands;

/// <summary>How <c>disputes show</c> and every change print a dispute.</summary>
internal static class DisputeView
{
    /// <summary>The dispute's fields, then (in a table) its hearings before the commission and the court.</summary>
    public static void Write(Printer printer, Dispute d)
    {
        var fields = new List<(string, string)>
        {
            ("id", d.Id),
            ("agreement", d.AgreementId),
            ("subject", d.Subject),
            ("stage", Format.Enum(d.Stage)),
            ("status", Format.Enum(d.Status)),
            ("negotiation", Format.Enum(d.NegotiationState)),
            ("negotiation deadline", Format.Time(d.NegotiationDeadline)),
            ("officer", Format.Text(d.AssignedOfficer)),
            ("breaches", d.BreachIds.Count == 0 ? "-" : string.Join(", ", d.BreachIds)),
        };
        if (d.Arbitration is { } arbitration)
        {
            fields.Add(("arbitration", Proceeding(arbitration.Commission, arbitration.CaseNumber)));
            fields.Add(("award", Outcome(arbitration.AwardDate, arbitration.AwardSummary)));
        }

        if (d.Litigation is { } litigation)
        {
            fields.Add(("litigation", Proceeding(litigation.Court, litigation.CaseNumber)));
            fields.Add(("judgment", Outcome(litigation.JudgmentDate, litigation.JudgmentSummary)));
        }

        fields.Add(("version", Format.Number(d.Version)));
        printer.WriteFields(d, [.. fields]);

        var hearings = (d.Arbitration?.Hearings.Select(h => ("ARBITRATION", h)) ?? [])
            .Concat(d.Litigation?.Hearings.Select(h => ("COURT", h)) ?? [])
            .ToList();
        if (hearings.Count > 0)
        {
            var table = new TableWriter("hearing", "date", "note");
            foreach (var (before, hearing) in hearings)
            {
                table.Row(before, hearing.Date, hearing.Note);
            }

            printer.WriteSection(table);
        }
    }

    private static string Proceeding(string body, string caseNumber) =>
        string.IsNullOrEmpty(caseNumber) ? Format.Text(body) : $"{Format.Text(body)}, case {caseNumber}";

    private static string Outcome(string date, string summary) =>
        string.IsNullOrEmpty(date) ? "-" : $"{date}: {summary}";
}
