using Platform.Messaging.Deadlines;

namespace Platform.Assurance.Messaging.Funding;

/// <summary>Something of a fund year already over was recorded: the year is assessed again (clause 3.1).</summary>
internal sealed class FundingReassessmentHandler(FundingYearAssessor assessor) : IDeadlineHandler
{
    public string Kind => FundingDeadlines.Reassessment;

    public Task HandleAsync(Deadline deadline, CancellationToken cancellationToken) => assessor.AssessAsync(deadline, cancellationToken);
}
