using Google.Protobuf.WellKnownTypes;
using Platform.Agreements.Domain.Terms;
using Platform.ServiceDefaults.Requests;
using Platform.SharedKernel;
using Proto = Platform.Contracts.Agreements.V1;

namespace Platform.Agreements.Grpc;

internal static class TermsMapping
{
    /// <summary>Reads the wire terms; unset fields stay empty (a draft may be incomplete), bad ones are named.</summary>
    public static AgreementTerms ToDomain(this Proto.AgreementTerms? terms, string prefix = "terms")
    {
        if (terms is null)
        {
            return new AgreementTerms();
        }

        return new AgreementTerms
        {
            FirstResponseWithin = RequestFields.OptionalDuration(terms.FirstResponseWithin, $"{prefix}.first_response_within"),
            SolutionOrUpdateWithin = RequestFields.OptionalDuration(terms.SolutionOrUpdateWithin, $"{prefix}.solution_or_update_within"),
            MajorResolutionWithin = RequestFields.OptionalDuration(terms.MajorResolutionWithin, $"{prefix}.major_resolution_within"),
            ResolutionRateTarget = RequestFields.OptionalDecimal(terms.ResolutionRateTarget, $"{prefix}.resolution_rate_target"),
            MajorResolutionRateTarget = RequestFields.OptionalDecimal(terms.MajorResolutionRateTarget, $"{prefix}.major_resolution_rate_target"),
            MeasurementPeriod = terms.MeasurementPeriod switch
            {
                Proto.MeasurementPeriod.Month => MeasurementPeriod.Month,
                Proto.MeasurementPeriod.Quarter => MeasurementPeriod.Quarter,
                Proto.MeasurementPeriod.Year => MeasurementPeriod.Year,
                Proto.MeasurementPeriod.Unspecified => null,
                _ => throw RuleViolationException.Invalid($"{prefix}.measurement_period", $"{prefix}.measurement_period must be MONTH, QUARTER or YEAR."),
            },
            SatisfactionFloor = terms.SatisfactionFloor is { } floor
                ? new SatisfactionFloor(
                    RequiredDecimal(floor.Score, $"{prefix}.satisfaction_floor.score"),
                    RequiredDecimal(floor.ScaleMin, $"{prefix}.satisfaction_floor.scale_min"),
                    RequiredDecimal(floor.ScaleMax, $"{prefix}.satisfaction_floor.scale_max"))
                : null,
            MajorInterruptionThreshold = RequestFields.OptionalDuration(terms.MajorInterruptionThreshold, $"{prefix}.major_interruption_threshold"),
            RectificationPeriodMonths = terms.HasRectificationPeriodMonths ? terms.RectificationPeriodMonths : null,
            FundingMinPercentOfRevenue = RequestFields.OptionalDecimal(terms.FundingMinPercentOfRevenue, $"{prefix}.funding_min_percent_of_revenue"),
            TeamMinHeadcount = terms.HasTeamMinHeadcount ? terms.TeamMinHeadcount : null,
            CoreMemberMinExperienceYears = RequestFields.OptionalDecimal(terms.CoreMemberMinExperienceYears, $"{prefix}.core_member_min_experience_years"),
            RequiredCapabilities = terms.RequiredCapabilities.Select(c => c.Trim()).ToList(),
            NegotiationMaxDays = terms.HasNegotiationMaxDays ? terms.NegotiationMaxDays : null,
            ArbitrationCommission = EmptyToNull(terms.ArbitrationCommission),
            LitigationVenue = EmptyToNull(terms.LitigationVenue),
            ServiceCalendar = terms.ServiceCalendar.ToDomain(),
        };
    }

    public static Proto.AgreementTerms ToProto(this AgreementTerms terms)
    {
        var proto = new Proto.AgreementTerms
        {
            FirstResponseWithin = ToWire(terms.FirstResponseWithin),
            SolutionOrUpdateWithin = ToWire(terms.SolutionOrUpdateWithin),
            MajorResolutionWithin = ToWire(terms.MajorResolutionWithin),
            ResolutionRateTarget = RequestFields.ToWire(terms.ResolutionRateTarget),
            MajorResolutionRateTarget = RequestFields.ToWire(terms.MajorResolutionRateTarget),
            MeasurementPeriod = terms.MeasurementPeriod switch
            {
                MeasurementPeriod.Month => Proto.MeasurementPeriod.Month,
                MeasurementPeriod.Quarter => Proto.MeasurementPeriod.Quarter,
                MeasurementPeriod.Year => Proto.MeasurementPeriod.Year,
                _ => Proto.MeasurementPeriod.Unspecified,
            },
            MajorInterruptionThreshold = ToWire(terms.MajorInterruptionThreshold),
            FundingMinPercentOfRevenue = RequestFields.ToWire(terms.FundingMinPercentOfRevenue),
            CoreMemberMinExperienceYears = RequestFields.ToWire(terms.CoreMemberMinExperienceYears),
            RequiredCapabilities = { terms.RequiredCapabilities },
            ArbitrationCommission = terms.ArbitrationCommission ?? string.Empty,
            LitigationVenue = terms.LitigationVenue ?? string.Empty,
        };
        if (terms.SatisfactionFloor is { } floor)
        {
            proto.SatisfactionFloor = new Proto.SatisfactionFloor
            {
                Score = RequestFields.ToWire(floor.Score),
                ScaleMin = RequestFields.ToWire(floor.ScaleMin),
                ScaleMax = RequestFields.ToWire(floor.ScaleMax),
            };
        }

        if (terms.RectificationPeriodMonths is { } months)
        {
            proto.RectificationPeriodMonths = months;
        }

        if (terms.TeamMinHeadcount is { } headcount)
        {
            proto.TeamMinHeadcount = headcount;
        }

        if (terms.NegotiationMaxDays is { } days)
        {
            proto.NegotiationMaxDays = days;
        }

        if (terms.ServiceCalendar is { } calendar)
        {
            proto.ServiceCalendar = calendar.ToProto();
        }

        return proto;
    }

    public static Proto.TermsVersion ToProto(this TermsVersion version) => new()
    {
        Number = version.Number,
        EffectiveFrom = Timestamp.FromDateTimeOffset(version.EffectiveFrom),
        Terms = version.Terms.ToProto(),
        Reason = version.Reason,
        RecordedAt = Timestamp.FromDateTimeOffset(version.RecordedAt),
    };

    private static decimal RequiredDecimal(Contracts.Common.V1.Decimal? value, string field) =>
        RequestFields.OptionalDecimal(value, field) ?? throw RuleViolationException.Invalid(field, $"{field} is required.");

    private static Duration? ToWire(TimeSpan? value) => value is { } span ? Duration.FromTimeSpan(span) : null;

    private static string? EmptyToNull(string value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
