using System.CommandLine;
using Platform.Contracts.Agreements.V1;
using Platform.Platformctl.Clients;
using Platform.Platformctl.Output;

namespace Platform.Platformctl.Commands;

/// <summary><c>agreements list|show|terms|breaches|compliance</c>: read-only, for everyone.</summary>
internal static class AgreementsCommands
{
    public static Command Create(CliContext context)
    {
        var group = new Command("agreements", "Agreements, their terms, breaches and compliance");
        group.Subcommands.Add(List(context));
        group.Subcommands.Add(Show(context));
        group.Subcommands.Add(Terms(context));
        group.Subcommands.Add(Breaches(context));
        group.Subcommands.Add(Compliance(context));
        return group;
    }

    private static AgreementsService.AgreementsServiceClient Client(CliContext context, ParseResult parse) =>
        new(context.Channel(parse, ServiceName.Agreements));

    private static Command List(CliContext context)
    {
        var customer = Arguments.Optional("--customer", "Only this customer's agreements");
        var status = EnumOption.Create<AgreementStatus>("--status", "Only agreements with this status");
        var paging = new Paging(defaultPageSize: 50);
        var command = new Command("list", "List agreements").With([customer, status, .. paging.Options]);
        context.Handle(command, async (parse, ct) =>
        {
            var request = new ListAgreementsRequest { CustomerId = parse.GetValue(customer) ?? string.Empty, Status = parse.GetValue(status) };
            var response = await paging.ListAsync(parse, request, Client(context, parse).ListAgreementsAsync, ct);
            context.Printer(parse).Write(response, () =>
            {
                var table = new TableWriter("id", "number", "status", "customer", "promisor", "effective from", "expires");
                foreach (var a in response.Agreements)
                {
                    table.Row(a.Id, a.Number, Format.Enum(a.Status), a.Customer?.Name ?? "-", a.Promisor?.Name ?? "-", Format.Time(a.EffectiveFrom), Format.Time(a.ExpiresAt));
                }

                return table;
            });
            await Paging.WriteNextPageHintAsync(context, parse, response);
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Show(CliContext context)
    {
        var id = Arguments.Id("agreement");
        var command = new Command("show", "Show one agreement").With(id);
        context.Handle(command, async (parse, ct) =>
        {
            var response = await Client(context, parse).GetAgreementAsync(new GetAgreementRequest { AgreementId = parse.GetValue(id) }, PlatformClients.Call(ct));
            var a = response.Agreement;
            context.Printer(parse).WriteFields(
                a,
                ("id", a.Id),
                ("number", a.Number),
                ("status", Format.Enum(a.Status)),
                ("status reason", Format.Text(a.StatusReason)),
                ("promisor", Format.Text(a.Promisor?.Name)),
                ("customer", Format.Text(a.Customer?.Name)),
                ("effective from", Format.Time(a.EffectiveFrom)),
                ("expires", Format.Time(a.ExpiresAt)),
                ("signed by", Format.Text(a.SignedBy)),
                ("signed at", Format.Time(a.SignedAt)),
                ("terms version", Format.Number(a.TermsVersion)),
                ("version", Format.Number(a.Version)));
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Terms(CliContext context)
    {
        var id = Arguments.Id("agreement");
        var at = Arguments.Date("--at", "The terms in force at this instant (default: now)");
        var command = new Command("terms", "Show the terms in force").With(id, at);
        context.Handle(command, async (parse, ct) =>
        {
            var request = new GetTermsRequest { AgreementId = parse.GetValue(id), At = Arguments.Timestamp(parse.GetValue(at)) };
            var response = await Client(context, parse).GetTermsAsync(request, PlatformClients.Call(ct));
            var v = response.TermsVersion;
            var t = v.Terms ?? new AgreementTerms();
            context.Printer(parse).WriteFields(
                response,
                ("terms version", Format.Number(v.Number)),
                ("effective from", Format.Time(v.EffectiveFrom)),
                ("reason", Format.Text(v.Reason)),
                ("first response within", Format.Span(t.FirstResponseWithin)),
                ("solution or update within", Format.Span(t.SolutionOrUpdateWithin)),
                ("major resolution within", Format.Span(t.MajorResolutionWithin)),
                ("resolution rate target", Format.Text(t.ResolutionRateTarget?.Value)),
                ("major resolution rate target", Format.Text(t.MajorResolutionRateTarget?.Value)),
                ("measurement period", Format.Enum(t.MeasurementPeriod)),
                ("major interruption threshold", Format.Span(t.MajorInterruptionThreshold)),
                ("arbitration commission", Format.Text(t.ArbitrationCommission)),
                ("litigation venue", Format.Text(t.LitigationVenue)));
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Breaches(CliContext context)
    {
        var id = Arguments.Id("agreement");
        var paging = new Paging(defaultPageSize: 100);
        var command = new Command("breaches", "List an agreement's breaches").With([id, .. paging.Options]);
        context.Handle(command, async (parse, ct) =>
        {
            var request = new ListBreachesRequest { AgreementId = parse.GetValue(id) };
            var response = await paging.ListAsync(parse, request, Client(context, parse).ListBreachesAsync, ct);
            context.Printer(parse).Write(response, () => BreachTable(response.Breaches));
            await Paging.WriteNextPageHintAsync(context, parse, response);
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Compliance(CliContext context)
    {
        var id = Arguments.Id("agreement");
        var from = Arguments.Date("--from", "Start of the period", required: true);
        var to = Arguments.Date("--to", "End of the period", required: true);
        var command = new Command("compliance", "The compliance report: every clause with target, measured and status").With(id, from, to);
        context.Handle(command, async (parse, ct) =>
        {
            var request = new GetComplianceReportRequest
            {
                AgreementId = parse.GetValue(id),
                PeriodStart = Arguments.Timestamp(parse.GetValue(from)),
                PeriodEnd = Arguments.Timestamp(parse.GetValue(to)),
            };
            var response = await Client(context, parse).GetComplianceReportAsync(request, PlatformClients.Call(ct));
            var printer = context.Printer(parse);
            printer.Write(response, () =>
            {
                var table = new TableWriter("clause", "title", "target", "measured", "status");
                foreach (var c in response.Clauses)
                {
                    table.Row(c.Clause, c.Title, Format.Text(c.Target), Format.Text(c.Measured), Format.Enum(c.Status));
                }

                return table;
            });
            if (parse.GetValue(context.OutputOption) == OutputFormat.Table && response.Breaches.Count > 0)
            {
                await printer.Output.WriteLineAsync();
                BreachTable(response.Breaches).WriteTo(printer.Output, printer.Colour);
                if (response.BreachCount > response.Breaches.Count)
                {
                    await printer.Output.WriteLineAsync(
                        $"The latest {response.Breaches.Count} of {response.BreachCount} breaches; 'agreements breaches {response.AgreementId}' lists them all.");
                }
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static TableWriter BreachTable(IEnumerable<Breach> breaches)
    {
        var table = new TableWriter("id", "clause", "severity", "status", "fact at", "description");
        foreach (var b in breaches)
        {
            table.Row(b.Id, b.Clause, Format.Enum(b.Severity), Format.Enum(b.Status), Format.Time(b.FactAt), b.Description);
        }

        return table;
    }
}
