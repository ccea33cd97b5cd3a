using Platform.Contracts.Complaints.V1;

namespace Platform.LoadGenerator.Scenarios;

/// <summary>
/// Lists: a page (50) of complaints, newest first: of the agreement, optionally filtered (<see cref="ComplaintListFilter"/>),
/// or the overdue ones of every agreement.
/// </summary>
internal sealed class ListComplaintsScenario(ScenarioContext context, ComplaintListFilter filter = ComplaintListFilter.None) : IScenario
{
    private const int PageSize = 50;
    private readonly ComplaintsService.ComplaintsServiceClient[] _clients = context.Clients(channel => new ComplaintsService.ComplaintsServiceClient(channel));
    private ListComplaintsRequest _request = new();

    public async Task SetupAsync(CancellationToken cancellationToken)
    {
        _request = new ListComplaintsRequest { PageSize = PageSize };
        if (filter != ComplaintListFilter.OverdueEverywhere)
        {
            _request.AgreementId = await ActiveAgreement.EnsureAsync(context, _clients[0], cancellationToken);
        }

        switch (filter)
        {
            case ComplaintListFilter.Received:
                _request.Status = ComplaintStatus.Received;
                break;
            case ComplaintListFilter.Overdue or ComplaintListFilter.OverdueEverywhere:
                _request.OverdueOnly = true;
                break;
            case ComplaintListFilter.SecondPage:
                var first = await _clients[0].ListComplaintsAsync(_request, context.Call(cancellationToken));
                _request.PageToken = first.NextPageToken.Length > 0
                    ? first.NextPageToken
                    : throw new InvalidOperationException($"Agreement {_request.AgreementId} has no second page of complaints.");
                break;
            default:
                break;
        }
    }

    public Task ExecuteAsync(int worker, CancellationToken cancellationToken) =>
        _clients[worker % _clients.Length].ListComplaintsAsync(_request, context.Call(cancellationToken)).ResponseAsync;
}
