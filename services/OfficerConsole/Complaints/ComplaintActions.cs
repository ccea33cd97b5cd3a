using Platform.Contracts.Complaints.V1;
using Platform.OfficerConsole.Cases;

namespace Platform.OfficerConsole.Complaints;

/// <summary>What a complaint handler can do to a complaint from the console.</summary>
internal enum ComplaintActionKind
{
    Acknowledge,
    PostProgressUpdate,
    Resolve,
}

/// <summary>
/// The steps clause 2.3's lifecycle allows on a complaint now, each with the reason when it does not: the first response
/// only while received, progress updates once answered, a solution while open. The Complaints service checks the same
/// rules again (FAILED_PRECONDITION), so this only spares people buttons that would fail.
/// </summary>
internal static class ComplaintActions
{
    public static IReadOnlyList<PageAction<ComplaintActionKind>> For(Complaint complaint)
    {
        ArgumentNullException.ThrowIfNull(complaint);
        var status = ComplaintWords.Of(complaint.Status);
        var open = complaint.Status is ComplaintStatus.Received or ComplaintStatus.Acknowledged or ComplaintStatus.InProgress or ComplaintStatus.Reopened;
        if (!open)
        {
            var closed = $"The complaint is {status}; only an open complaint is worked on.";
            return PageAction<ComplaintActionKind>.NoneBecause(closed, Title);
        }

        var received = complaint.Status == ComplaintStatus.Received;
        return
        [
            new(ComplaintActionKind.Acknowledge, Title(ComplaintActionKind.Acknowledge), received ? null : $"The first response was given; the complaint is {status}."),
            new(ComplaintActionKind.PostProgressUpdate, Title(ComplaintActionKind.PostProgressUpdate), received ? "Acknowledge the complaint first: the first response comes before any update." : null),
            new(ComplaintActionKind.Resolve, Title(ComplaintActionKind.Resolve), null),
        ];
    }

    public static string Title(ComplaintActionKind kind) => kind switch
    {
        ComplaintActionKind.Acknowledge => "Acknowledge",
        ComplaintActionKind.PostProgressUpdate => "Post progress update",
        ComplaintActionKind.Resolve => "Resolve",
        _ => kind.ToString(),
    };
}
