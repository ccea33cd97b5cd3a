using System.Globalization;
using Google.Protobuf.WellKnownTypes;
using Platform.Assurance.Domain.Funding;
using Platform.ServiceDefaults.Requests;
using Platform.SharedKernel;
using Proto = Platform.Contracts.Assurance.V1;
using ProtoMoney = Platform.Contracts.Common.V1.Money;

namespace Platform.Assurance.Grpc.Funding;

/// <summary>Maps the fund between the wire and the domain.</summary>
internal static class FundingMapping
{
    /// <summary>Money from a request; errors name <paramref name="field"/>, <c>{field}.amount</c> or <c>{field}.currency_code</c>.</summary>
    public static FundMoney ToFundMoney(ProtoMoney? money, string field)
    {
        var value = RequestFields.Required(money, field);
        if (!decimal.TryParse(value.Amount, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount))
        {
            throw RuleViolationException.Invalid($"{field}.amount", $"{field}.amount must be a decimal number like \"1250.50\".");
        }

        return FundMoney.Of(amount, value.CurrencyCode, field);
    }

    public static ProtoMoney ToProto(this FundMoney money) => Money(money.Amount, money.Currency);

    public static ProtoMoney Money(decimal amount, string currency) => new() { Amount = Number(amount), CurrencyCode = currency };

    public static Contracts.Common.V1.Decimal Decimal(decimal value) => new() { Value = Number(value) };

    public static Proto.Revenue ToProto(this DeclaredRevenue revenue) => new()
    {
        Id = revenue.Id.ToString(),
        PromisorId = revenue.PromisorId,
        Year = revenue.Year,
        Amount = revenue.Revenue.ToProto(),
        DeclaredAt = Timestamp.FromDateTimeOffset(revenue.DeclaredAt),
        History =
        {
            revenue.History.Select(h => new Proto.RevenueHistoryEntry
            {
                Sequence = h.Sequence,
                At = Timestamp.FromDateTimeOffset(h.At),
                Actor = h.Actor,
                Action = h.Action,
                Revenue = Money(h.Amount, h.Currency),
                Reason = h.Reason,
            }),
        },
        Version = revenue.Version,
    };

    public static Proto.FundEntry ToProto(this FundEntry entry) => new()
    {
        Id = entry.Id.ToString(),
        PromisorId = entry.PromisorId,
        Kind = (Proto.FundEntryKind)(int)entry.Kind,
        Amount = entry.Money.ToProto(),
        BookedAt = Timestamp.FromDateTimeOffset(entry.BookedAt),
        Year = entry.Year,
        Purpose = (Proto.FundingPurpose)(int)entry.Purpose,
        Description = entry.Description,
        RecordedAt = Timestamp.FromDateTimeOffset(entry.RecordedAt),
        RecordedBy = entry.RecordedBy,
    };

    public static Proto.GetFundingStatusResponse ToProto(this FundingAssessment assessment, string promisorId, FundingYearEnd? yearEnd, DateTimeOffset now)
    {
        var response = new Proto.GetFundingStatusResponse
        {
            PromisorId = promisorId,
            Year = assessment.Year,
            Status = (Proto.FundingStatusKind)(int)assessment.Status,
            YearEnded = now >= FundingYear.EndOf(assessment.Year),
            ShortfallReported = yearEnd?.ShortfallReportedAt is not null,
            Uncounted =
            {
                assessment.Uncounted.Select(u => new Proto.FundingUncountedAmounts { CurrencyCode = u.Currency, Allocated = Decimal(u.Allocated), Spent = Decimal(u.Spent) }),
            },
        };
        if (yearEnd is not null)
        {
            response.LastAssessedAt = Timestamp.FromDateTimeOffset(yearEnd.LastAssessedAt);
        }

        if (assessment.Revenue is { } revenue)
        {
            response.Revenue = revenue.ToProto();
            response.Allocated = Money(assessment.Allocated, revenue.Currency);
            response.Spent = Money(assessment.Spent, revenue.Currency);
            response.SpentByPurpose.AddRange(assessment.SpentByPurpose.Select(p => new Proto.FundingSpentByPurpose
            {
                Purpose = (Proto.FundingPurpose)(int)p.Key,
                Spent = Money(p.Value, revenue.Currency),
            }));
            response.PercentOfRevenue = Decimal(assessment.PercentOfRevenue!.Value);
        }

        if (assessment.Requirement is { } requirement)
        {
            response.Requirement = new Proto.FundingRequirement
            {
                MinPercentOfRevenue = Decimal(requirement.MinPercentOfRevenue),
                AgreementId = requirement.AgreementId.ToString(),
                AgreementNumber = requirement.AgreementNumber,
            };
        }

        return response;
    }

    /// <summary>A decimal for the wire: '.' separator, no exponent, no trailing zeros.</summary>
    private static string Number(decimal value) => value.ToString("0.############", CultureInfo.InvariantCulture);
}
