using Grpc.Core;
using Platform.Contracts.Agreements.V1;

namespace Platform.OfficerConsole.Agreements;

/// <summary>An agreement's service-calendar time zone, for the hover of the times a page shows (per circuit).</summary>
internal sealed class AgreementZones(AgreementsService.AgreementsServiceClient agreements)
{
    /// <summary>The zone of the agreement's terms in force; none when it is round the clock, unknown here, or cannot be read.</summary>
    public async Task<TimeZoneInfo?> OfAsync(string agreementId, CancellationToken cancellationToken)
    {
        try
        {
            var terms = (await agreements.GetTermsAsync(new GetTermsRequest { AgreementId = agreementId }, cancellationToken: cancellationToken)).TermsVersion.Terms;
            var id = terms.ServiceCalendar?.BusinessHours?.TimeZone;
            return id is { Length: > 0 } && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : null;
        }
        catch (RpcException)
        {
            return null;
        }
    }
}
