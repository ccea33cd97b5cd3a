using Platform.Contracts.Assurance.V1;
using Platform.ServiceDefaults.Security;
using static Platform.Contracts.Security.PlatformRoles;

namespace Platform.Assurance.Grpc;

/// <summary>Who may call each RPC of the Assurance service's seven gRPC services: the one place that says so.</summary>
internal static class AssuranceAccess
{
    private static readonly string[] s_managers = [AssuranceManager];
    private static readonly string[] s_reporters = [InternalApp, AssuranceManager];
    private static readonly string[] s_readers = [InternalApp, AssuranceManager, AgreementManager, DisputeOfficer, Auditor];

    public static IReadOnlyList<RpcPolicy> Policies { get; } =
    [
        RpcPolicy.For(AssuranceService.Descriptor)
            .Reads(s_readers, nameof(AssuranceService.AssuranceServiceBase.GetAgreementEligibility))
            .Build(),
        RpcPolicy.For(FundingService.Descriptor)
            .Changes(s_managers,
                nameof(FundingService.FundingServiceBase.DeclareRevenue),
                nameof(FundingService.FundingServiceBase.AmendRevenue),
                nameof(FundingService.FundingServiceBase.AllocateFund),
                nameof(FundingService.FundingServiceBase.RecordFundSpending))
            .Reads(s_readers,
                nameof(FundingService.FundingServiceBase.GetRevenue),
                nameof(FundingService.FundingServiceBase.ListFundEntries),
                nameof(FundingService.FundingServiceBase.GetFundingStatus))
            .Build(),
        RpcPolicy.For(StaffingService.Descriptor)
            .Changes(s_managers,
                nameof(StaffingService.StaffingServiceBase.AddTeamMember),
                nameof(StaffingService.StaffingServiceBase.ChangeTeamMember),
                nameof(StaffingService.StaffingServiceBase.RecordTeamMemberLeaving))
            .Reads(s_readers,
                nameof(StaffingService.StaffingServiceBase.GetTeamMember),
                nameof(StaffingService.StaffingServiceBase.ListTeamMembers),
                nameof(StaffingService.StaffingServiceBase.GetStaffingStatus))
            .Build(),
        RpcPolicy.For(TechnologyService.Descriptor)
            .Changes(s_managers,
                nameof(TechnologyService.TechnologyServiceBase.RegisterCapability),
                nameof(TechnologyService.TechnologyServiceBase.UpdateCapability),
                nameof(TechnologyService.TechnologyServiceBase.ChangeCapabilityStatus))
            .Reads(s_readers,
                nameof(TechnologyService.TechnologyServiceBase.GetCapability),
                nameof(TechnologyService.TechnologyServiceBase.ListCapabilities),
                nameof(TechnologyService.TechnologyServiceBase.GetTechnologyStatus))
            .Build(),
        // Interruptions are reported by the monitoring apps as they happen, and corrected by the manager.
        RpcPolicy.For(InterruptionsService.Descriptor)
            .Changes(s_reporters,
                nameof(InterruptionsService.InterruptionsServiceBase.ReportInterruptionStarted),
                nameof(InterruptionsService.InterruptionsServiceBase.ReportInterruptionEnded))
            .Changes(s_managers, nameof(InterruptionsService.InterruptionsServiceBase.CorrectInterruption))
            .Reads(s_readers,
                nameof(InterruptionsService.InterruptionsServiceBase.GetInterruption),
                nameof(InterruptionsService.InterruptionsServiceBase.ListInterruptions))
            .Build(),
        RpcPolicy.For(SurveysService.Descriptor)
            .Changes(s_managers,
                nameof(SurveysService.SurveysServiceBase.RegisterEvaluator),
                nameof(SurveysService.SurveysServiceBase.RecordSurvey),
                nameof(SurveysService.SurveysServiceBase.CompleteRectification))
            .Reads(s_readers,
                nameof(SurveysService.SurveysServiceBase.GetEvaluator),
                nameof(SurveysService.SurveysServiceBase.ListEvaluators),
                nameof(SurveysService.SurveysServiceBase.GetSurvey),
                nameof(SurveysService.SurveysServiceBase.ListSurveys),
                nameof(SurveysService.SurveysServiceBase.GetSurveyStatus),
                nameof(SurveysService.SurveysServiceBase.GetRectification),
                nameof(SurveysService.SurveysServiceBase.ListRectifications))
            .Build(),
        RpcPolicy.For(InspectionsService.Descriptor)
            .Changes(s_managers,
                nameof(InspectionsService.InspectionsServiceBase.RecordInspection),
                nameof(InspectionsService.InspectionsServiceBase.AddFinding),
                nameof(InspectionsService.InspectionsServiceBase.AddCorrectiveAction),
                nameof(InspectionsService.InspectionsServiceBase.CloseCorrectiveAction),
                nameof(InspectionsService.InspectionsServiceBase.CloseFinding))
            .Reads(s_readers,
                nameof(InspectionsService.InspectionsServiceBase.GetInspection),
                nameof(InspectionsService.InspectionsServiceBase.ListInspections),
                nameof(InspectionsService.InspectionsServiceBase.GetFinding),
                nameof(InspectionsService.InspectionsServiceBase.ListFindings))
            .Build(),
    ];
}
