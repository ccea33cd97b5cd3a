using System.CommandLine;
using Grpc.Core;
using Platform.Contracts.Complaints.V1;
using Platform.Platformctl.Clients;
using Platform.Platformctl.Output;

namespace Platform.Platformctl.Commands;

/// <summary><c>complaints list|show|ack|update|resolve|close</c>: the complaint handler's view.</summary>
internal static class ComplaintsCommands
{
    private delegate Task<Complaint> Change(ComplaintsService.ComplaintsServiceClient client, string id, long version, string actor, ParseResult parse, CallOptions call);

    public static Command Create(CliContext context)
    {
        var group = new Command("complaints", "Complaints and their clocks");
        group.Subcommands.Add(List(context));
        group.Subcommands.Add(Show(context));

        var message = Arguments.Optional("--message", "The acknowledgement sent to the customer");
        group.Subcommands.Add(Changing(context, "ack", "Acknowledge a complaint", [message], async (c, id, v, a, p, o) =>
            (await c.AcknowledgeComplaintAsync(new AcknowledgeComplaintRequest { ComplaintId = id, Version = v, Actor = a, Message = p.GetValue(message) ?? string.Empty }, o)).Complaint));

        var text = Arguments.Required("--text", "The progress update");
        group.Subcommands.Add(Changing(context, "update", "Post a progress update", [text], async (c, id, v, a, p, o) =>
            (await c.PostProgressUpdateAsync(new PostProgressUpdateRequest { ComplaintId = id, Version = v, Actor = a, Text = p.GetValue(text) }, o)).Complaint));

        var solution = Arguments.Required("--solution", "The solution given to the customer");
        group.Subcommands.Add(Changing(context, "resolve", "Resolve a complaint", [solution], async (c, id, v, a, p, o) =>
            (await c.ResolveComplaintAsync(new ResolveComplaintRequest { ComplaintId = id, Version = v, Actor = a, Solution = p.GetValue(solution) }, o)).Complaint));

        var confirmation = Arguments.Required("--confirmation", "The customer's confirmation");
        group.Subcommands.Add(Changing(context, "close", "Close a resolved complaint", [confirmation], async (c, id, v, a, p, o) =>
            (await c.CloseComplaintAsync(new CloseComplaintRequest { ComplaintId = id, Version = v, Actor = a, Confirmation = p.GetValue(confirmation) }, o)).Complaint));
        return group;
    }

    private static ComplaintsService.ComplaintsServiceClient Client(CliContext context, ParseResult parse) =>
        new(context.Channel(parse, ServiceName.Complaints));

    private static Command List(CliContext context)
    {
        var agreement = Arguments.Optional("--agreement", "Only complaints on this agreement");
        var status = EnumOption.Create<ComplaintStatus>("--status", "Only complaints with this status");
        var overdue = new Option<bool>("--overdue") { Description = "Only complaints past a deadline" };
        var paging = new Paging(defaultPageSize: 100);
        var command = new Command("list", "List complaints").With([agreement, status, overdue, .. paging.Options]);
        context.Handle(command, async (parse, ct) =>
        {
            var request = new ListComplaintsRequest
            {
                AgreementId = parse.GetValue(agreement) ?? string.Empty, Status = parse.GetValue(status), OverdueOnly = parse.GetValue(overdue),
            };
            var response = await paging.ListAsync(parse, request, Client(context, parse).ListComplaintsAsync, ct);
            context.Printer(parse).Write(response, () =>
            {
                var table = new TableWriter("id", "agreement", "severity", "status", "received", "overdue", "subject");
                foreach (var c in response.Complaints)
                {
                    table.Row(c.Id, c.AgreementId, Format.Enum(c.Severity), Format.Enum(c.Status), Format.Time(c.ReceivedAt), c.Overdue ? "yes" : "no", c.Subject);
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
        var id = Arguments.Id("complaint");
        var command = new Command("show", "Show one complaint with its clocks").With(id);
        context.Handle(command, async (parse, ct) =>
        {
            var response = await Client(context, parse).GetComplaintAsync(new GetComplaintRequest { ComplaintId = parse.GetValue(id) }, PlatformClients.Call(ct));
            var printer = context.Printer(parse);
            WriteComplaint(printer, response.Complaint);
            if (parse.GetValue(context.OutputOption) == OutputFormat.Table && response.Complaint.Clocks.Count > 0)
            {
                await printer.Output.WriteLineAsync();
                var table = new TableWriter("clock", "state", "due", "time left");
                foreach (var clock in response.Complaint.Clocks)
                {
                    table.Row(Format.Enum(clock.Kind), Format.Enum(clock.State), Format.Time(clock.DueAt), Format.Span(clock.TimeLeft));
                }

                table.WriteTo(printer.Output, printer.Colour);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Changing(CliContext context, string name, string description, Option[] options, Change change)
    {
        var id = Arguments.Id("complaint");
        var version = Arguments.Version();
        var command = new Command(name, description).With([id, version, .. options]);
        context.Handle(command, async (parse, ct) =>
        {
            var complaint = await change(Client(context, parse), parse.GetValue(id)!, parse.GetValue(version), context.Actor(parse), parse, PlatformClients.Call(ct));
            WriteComplaint(context.Printer(parse), complaint);
            return ExitCodes.Success;
        });
        return command;
    }

    private static void WriteComplaint(Printer printer, Complaint c) =>
        printer.WriteFields(
            c,
            ("id", c.Id),
            ("agreement", c.AgreementId),
            ("subject", c.Subject),
            ("severity", Format.Enum(c.Severity)),
            ("status", Format.Enum(c.Status)),
            ("received", Format.Time(c.ReceivedAt)),
            ("overdue", c.Overdue ? "yes" : "no"),
            ("solution", Format.Text(c.Solution)),
            ("version", Format.Number(c.Version)));
}
