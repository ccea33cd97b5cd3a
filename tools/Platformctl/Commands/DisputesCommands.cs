using System.CommandLine;
using Grpc.Core;
using Platform.Contracts.Disputes.V1;
using Platform.Platformctl.Clients;
using Platform.Platformctl.Output;

namespace Platform.Platformctl.Commands;

/// <summary><c>disputes …</c>: the dispute officer's view and every step of the escalation ladder.</summary>
internal static class DisputesCommands
{
    private delegate Task<Dispute> Change(DisputesService.DisputesServiceClient client, string id, long version, string actor, ParseResult parse, CallOptions call);

    public static Command Create(CliContext context)
    {
        var group = new Command("disputes", "Disputes: negotiation, arbitration, litigation");
        group.Subcommands.Add(List(context));
        group.Subcommands.Add(Show(context));
        group.Subcommands.Add(Timeline(context));

        var officer = Arguments.Required("--officer", "The officer to assign");
        group.Subcommands.Add(Changing(context, "assign", "Assign a dispute officer", [officer], async (c, id, v, a, p, o) =>
            (await c.AssignOfficerAsync(new AssignOfficerRequest { DisputeId = id, Version = v, Actor = a, Officer = p.GetValue(officer) }, o)).Dispute));

        var kind = EnumOption.Create<SubmissionKind>("--kind", "The kind of submission", required: true);
        var author = Arguments.Required("--author", "Who wrote it");
        var document = Arguments.Optional("--document", "Reference of the document");
        var text = Arguments.Optional("--text", "The submission's text");
        group.Subcommands.Add(Changing(context, "submit", "Record a submission in negotiation", [kind, author, document, text], async (c, id, v, a, p, o) =>
            (await c.AddSubmissionAsync(new AddSubmissionRequest
            {
                DisputeId = id, Version = v, Actor = a, Kind = p.GetValue(kind), Author = p.GetValue(author),
                DocumentReference = p.GetValue(document) ?? string.Empty, Text = p.GetValue(text) ?? string.Empty,
            }, o)).Dispute));

        var failReason = Arguments.Required("--reason", "Why negotiation failed");
        group.Subcommands.Add(Changing(context, "fail-negotiation", "Declare negotiation failed", [failReason], async (c, id, v, a, p, o) =>
            (await c.DeclareNegotiationFailedAsync(new DeclareNegotiationFailedRequest { DisputeId = id, Version = v, Actor = a, Reason = p.GetValue(failReason) }, o)).Dispute));

        var settlement = Arguments.Required("--terms", "The settlement's terms");
        group.Subcommands.Add(Changing(context, "settle", "Record a settlement", [settlement], async (c, id, v, a, p, o) =>
            (await c.RecordSettlementAsync(new RecordSettlementRequest { DisputeId = id, Version = v, Actor = a, SettlementTerms = p.GetValue(settlement) }, o)).Dispute));

        var commission = Arguments.Optional("--commission", "Arbitration commission (default: the agreement's)");
        var overrideReason = Arguments.Optional("--reason", "Why another commission than the agreement's");
        var arbitrationCase = Arguments.Optional("--case-number", "The commission's case number");
        group.Subcommands.Add(Changing(context, "arbitrate", "Advance to arbitration", [commission, overrideReason, arbitrationCase], async (c, id, v, a, p, o) =>
            (await c.AdvanceToArbitrationAsync(new AdvanceToArbitrationRequest
            {
                DisputeId = id, Version = v, Actor = a, Commission = p.GetValue(commission) ?? string.Empty,
                OverrideReason = p.GetValue(overrideReason) ?? string.Empty, CaseNumber = p.GetValue(arbitrationCase) ?? string.Empty,
            }, o)).Dispute));

        var arbitrationHearingDate = Arguments.Required("--date", "The hearing's date (YYYY-MM-DD)");
        var arbitrationHearingNote = Arguments.Required("--note", "What happened at the hearing");
        group.Subcommands.Add(Changing(context, "arbitration-hearing", "Record a hearing before the arbitration commission", [arbitrationHearingDate, arbitrationHearingNote], async (c, id, v, a, p, o) =>
            (await c.RecordArbitrationHearingAsync(new RecordArbitrationHearingRequest
            {
                DisputeId = id, Version = v, Actor = a, HearingDate = p.GetValue(arbitrationHearingDate), Note = p.GetValue(arbitrationHearingNote),
            }, o)).Dispute));

        var awardDate = Arguments.Required("--date", "The award's date (YYYY-MM-DD)");
        var awardSummary = Arguments.Required("--summary", "What was awarded");
        group.Subcommands.Add(Changing(context, "award", "Record the arbitration award", [awardDate, awardSummary], async (c, id, v, a, p, o) =>
            (await c.RecordAwardAsync(new RecordAwardRequest { DisputeId = id, Version = v, Actor = a, AwardDate = p.GetValue(awardDate), Summary = p.GetValue(awardSummary) }, o)).Dispute));

        var caseNumber = Arguments.Required("--case-number", "The commission's (in arbitration) or the court's (in litigation) case number");
        group.Subcommands.Add(Changing(context, "case-number", "Record the case number of the arbitration or litigation", [caseNumber], async (c, id, v, a, p, o) =>
            (await c.RecordCaseNumberAsync(new RecordCaseNumberRequest { DisputeId = id, Version = v, Actor = a, CaseNumber = p.GetValue(caseNumber) }, o)).Dispute));

        var ground = EnumOption.Create<LitigationGround>("--ground", "Why litigation instead of arbitration", required: true);
        var reference = Arguments.Required("--reference", "Reference for the ground (decision, agreement)");
        var court = Arguments.Optional("--court", "Court (default: the agreement's venue)");
        var courtCase = Arguments.Optional("--case-number", "The court's case number");
        group.Subcommands.Add(Changing(context, "litigate", "Advance to litigation", [ground, reference, court, courtCase], async (c, id, v, a, p, o) =>
            (await c.AdvanceToLitigationAsync(new AdvanceToLitigationRequest
            {
                DisputeId = id, Version = v, Actor = a, Ground = p.GetValue(ground), GroundReference = p.GetValue(reference),
                Court = p.GetValue(court) ?? string.Empty, CaseNumber = p.GetValue(courtCase) ?? string.Empty,
            }, o)).Dispute));

        var courtHearingDate = Arguments.Required("--date", "The hearing's date (YYYY-MM-DD)");
        var courtHearingNote = Arguments.Required("--note", "What happened at the hearing");
        group.Subcommands.Add(Changing(context, "court-hearing", "Record a hearing before the court", [courtHearingDate, courtHearingNote], async (c, id, v, a, p, o) =>
            (await c.RecordCourtHearingAsync(new RecordCourtHearingRequest
            {
                DisputeId = id, Version = v, Actor = a, HearingDate = p.GetValue(courtHearingDate), Note = p.GetValue(courtHearingNote),
            }, o)).Dispute));

        var judgmentDate = Arguments.Required("--date", "The judgment's date (YYYY-MM-DD)");
        var judgmentSummary = Arguments.Required("--summary", "What was decided");
        group.Subcommands.Add(Changing(context, "judgment", "Record the court's judgment", [judgmentDate, judgmentSummary], async (c, id, v, a, p, o) =>
            (await c.RecordJudgmentAsync(new RecordJudgmentRequest { DisputeId = id, Version = v, Actor = a, JudgmentDate = p.GetValue(judgmentDate), Summary = p.GetValue(judgmentSummary) }, o)).Dispute));

        var withdrawReason = Arguments.Required("--reason", "Why the dispute is withdrawn");
        group.Subcommands.Add(Changing(context, "withdraw", "Withdraw the dispute", [withdrawReason], async (c, id, v, a, p, o) =>
            (await c.WithdrawDisputeAsync(new WithdrawDisputeRequest { DisputeId = id, Version = v, Actor = a, Reason = p.GetValue(withdrawReason) }, o)).Dispute));
        return group;
    }

    private static DisputesService.DisputesServiceClient Client(CliContext context, ParseResult parse) =>
        new(context.Channel(parse, ServiceName.Disputes));

    private static Command List(CliContext context)
    {
        var stage = EnumOption.Create<DisputeStage>("--stage", "Only disputes in this stage");
        var status = EnumOption.Create<DisputeStatus>("--status", "Only disputes with this status");
        var officer = Arguments.Optional("--officer", "Only disputes assigned to this officer");
        var agreement = Arguments.Optional("--agreement", "Only disputes on this agreement");
        var paging = new Paging(defaultPageSize: 100);
        var command = new Command("list", "List disputes").With([stage, status, officer, agreement, .. paging.Options]);
        context.Handle(command, async (parse, ct) =>
        {
            var request = new ListDisputesRequest
            {
                Stage = parse.GetValue(stage), Status = parse.GetValue(status),
                Officer = parse.GetValue(officer) ?? string.Empty, AgreementId = parse.GetValue(agreement) ?? string.Empty,
            };
            var response = await paging.ListAsync(parse, request, Client(context, parse).ListDisputesAsync, ct);
            context.Printer(parse).Write(response, () =>
            {
                var table = new TableWriter("id", "agreement", "stage", "status", "officer", "negotiation deadline", "subject");
                foreach (var d in response.Disputes)
                {
                    table.Row(d.Id, d.AgreementId, Format.Enum(d.Stage), Format.Enum(d.Status), Format.Text(d.AssignedOfficer), Format.Time(d.NegotiationDeadline), d.Subject);
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
        var id = Arguments.Id("dispute");
        var command = new Command("show", "Show one dispute").With(id);
        context.Handle(command, async (parse, ct) =>
        {
            var response = await Client(context, parse).GetDisputeAsync(new GetDisputeRequest { DisputeId = parse.GetValue(id) }, PlatformClients.Call(ct));
            DisputeView.Write(context.Printer(parse), response.Dispute);
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Timeline(CliContext context)
    {
        var id = Arguments.Id("dispute");
        var command = new Command("timeline", "What happened to a dispute, in order").With(id);
        context.Handle(command, async (parse, ct) =>
        {
            var response = await Client(context, parse).GetTimelineAsync(new GetTimelineRequest { DisputeId = parse.GetValue(id) }, PlatformClients.Call(ct));
            context.Printer(parse).Write(response, () =>
            {
                var table = new TableWriter("#", "at", "actor", "action", "stage", "status", "detail");
                foreach (var e in response.Entries)
                {
                    table.Row(Format.Number(e.Sequence), Format.Time(e.At), e.Actor, e.Action, Format.Enum(e.Stage), Format.Enum(e.Status), e.Detail);
                }

                return table;
            });
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Changing(CliContext context, string name, string description, Option[] options, Change change)
    {
        var id = Arguments.Id("dispute");
        var version = Arguments.Version();
        var command = new Command(name, description).With([id, version, .. options]);
        context.Handle(command, async (parse, ct) =>
        {
            var dispute = await change(Client(context, parse), parse.GetValue(id)!, parse.GetValue(version), context.Actor(parse), parse, PlatformClients.Call(ct));
            DisputeView.Write(context.Printer(parse), dispute);
            return ExitCodes.Success;
        });
        return command;
    }
}
