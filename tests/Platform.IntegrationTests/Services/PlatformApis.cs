using Google.Protobuf.Reflection;
using AgreementsApi = Platform.Contracts.Agreements.V1;
using AssuranceApi = Platform.Contracts.Assurance.V1;
using CommonApi = Platform.Contracts.Common.V1;
using ComplaintsApi = Platform.Contracts.Complaints.V1;
using DisputesApi = Platform.Contracts.Disputes.V1;

namespace Platform.IntegrationTests.Services;

/// <summary>Every RPC each service serves, from the contracts: its own API, and the status and audit every service has.</summary>
internal static class PlatformApis
{
    private static readonly Dictionary<string, ServiceDescriptor[]> s_apis = new()
    {
        ["agreements"] = [AgreementsApi.AgreementsService.Descriptor],
        ["complaints"] = [ComplaintsApi.ComplaintsService.Descriptor],
        ["assurance"] =
        [
            AssuranceApi.AssuranceService.Descriptor, AssuranceApi.FundingService.Descriptor, AssuranceApi.StaffingService.Descriptor,
            AssuranceApi.TechnologyService.Descriptor, AssuranceApi.InterruptionsService.Descriptor, AssuranceApi.SurveysService.Descriptor,
            AssuranceApi.InspectionsService.Descriptor,
        ],
        ["disputes"] = [DisputesApi.DisputesService.Descriptor],
    };

    /// <summary>(service, gRPC method path) of every RPC, for a theory.</summary>
    public static TheoryData<string, string> Rpcs()
    {
        var data = new TheoryData<string, string>();
        foreach (var service in s_apis.Keys)
        {
            foreach (var method in MethodsOf(service))
            {
                data.Add(service, PathOf(method));
            }
        }

        return data;
    }

    /// <summary>The RPC of <paramref name="service"/> at <paramref name="path"/> (<c>/package.Service/Method</c>).</summary>
    public static MethodDescriptor Method(string service, string path) => MethodsOf(service).Single(m => PathOf(m) == path);

    private static IEnumerable<MethodDescriptor> MethodsOf(string service) =>
        s_apis[service].Append(CommonApi.ServiceStatusService.Descriptor).Append(CommonApi.AuditService.Descriptor).SelectMany(api => api.Methods);

    private static string PathOf(MethodDescriptor method) => $"/{method.Service.FullName}/{method.Name}";
}
