using Platform.Messaging.Deadlines;

namespace Platform.Assurance.Messaging.Funding;

/// <summary>A promisor's fund year ended: it is assessed (clause 3.1).</summary>
internal sealed class FundingYearEndHandler(FundingYearAssessor assessor) : IDeadlineHandler
{
    public string Kind => FundingDeadlines.YearEnd;

    public Task HandleAsync(Deadline deadline, CancellationToken cancellationToken) => assessor.AssessAsync(deadline, cancellationToken);
}
