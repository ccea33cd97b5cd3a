using Google.Protobuf.WellKnownTypes;
using Platform.Contracts.Agreements.V1;

namespace Platform.LoadGenerator.Scenarios;

/// <summary>Reports: GetComplianceReport of <c>--agreement-id</c> over the last 365 days (the target is Agreements).</summary>
internal sealed class ComplianceReportScenario(ScenarioContext context) : IScenario
{
    private readonly AgreementsService.AgreementsServiceClient[] _clients = context.Clients(channel => new AgreementsService.AgreementsServiceClient(channel));
    private GetComplianceReportRequest _request = new();

    public Task SetupAsync(CancellationToken cancellationToken)
    {
        context.AgreementId = context.Options.AgreementId
            ?? throw new InvalidOperationException("get-compliance-report needs --agreement-id (an agreement with a year of facts).");
        var now = DateTimeOffset.UtcNow;
        _request = new GetComplianceReportRequest
        {
            AgreementId = context.AgreementId,
            PeriodStart = Timestamp.FromDateTimeOffset(now.AddDays(-365)),
            PeriodEnd = Timestamp.FromDateTimeOffset(now),
        };
        return Task.CompletedTask;
    }

    public Task ExecuteAsync(int worker, CancellationToken cancellationToken) =>
        _clients[worker % _clients.Length].GetComplianceReportAsync(_request, context.Call(cancellationToken)).ResponseAsync;
}
