using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Platform.Assurance.Data;
using Platform.Assurance.Data.Funding;
using Platform.Assurance.Domain.Funding;
using Platform.Assurance.Messaging.Funding;
using Platform.Contracts.Assurance.V1;
using Platform.ServiceDefaults.Requests;
using Platform.SharedKernel;
using FundEntry = Platform.Assurance.Domain.Funding.FundEntry;

namespace Platform.Assurance.Grpc.Funding;

/// <summary>gRPC adapter of the fund (clause 3.1): validate, call the domain, save with the year-end deadline.</summary>
public sealed partial class FundingGrpcService(AssuranceDbContext db, FundingDeadlines deadlines, TimeProvider time) : FundingService.FundingServiceBase
{
    public override async Task<DeclareRevenueResponse> DeclareRevenue(DeclareRevenueRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var now = time.GetUtcNow();
        var declaration = new ClientRequest(RequestFields.RequiredGuid(request.RequestId, "request_id"), RequestFingerprint.Of(request));
        if (await FindRevenueByRequestAsync(declaration.Id, ct) is { } earlier)
        {
            earlier.EnsureDeclaredBy(declaration);
            return new DeclareRevenueResponse { Revenue = earlier.ToProto() };
        }

        // Everything is checked before anything is stored.
        var money = FundingMapping.ToFundMoney(request.Revenue, "revenue");
        var revenue = DeclaredRevenue.Declare(Guid.CreateVersion7(), request.PromisorId, request.Year, declaration, money, request.Actor, now);
        if (await db.Set<DeclaredRevenue>().AnyAsync(r => r.PromisorId == revenue.PromisorId && r.Year == revenue.Year, ct))
        {
            throw AlreadyDeclared(revenue);
        }

        db.Set<DeclaredRevenue>().Add(revenue);
        await deadlines.YearRecordedAsync(revenue.PromisorId, revenue.Year, now, ct);
        try
        {
            await SaveAsync(ct);
        }
        catch (DbUpdateException ex) when (IsUniqueViolation(ex, "ix_funding_revenues_request_id"))
        {
            // A retry of the same request raced this one and won: answer with what it declared.
            db.ChangeTracker.Clear();
            revenue = await FindRevenueByRequestAsync(declaration.Id, ct)
                ?? throw new InvalidOperationException("Declaring revenue conflicted but none has this request id.", ex);
            revenue.EnsureDeclaredBy(declaration);
        }
        catch (DbUpdateException ex) when (IsUniqueViolation(ex, "ix_funding_revenues_promisor_id_year"))
        {
            throw AlreadyDeclared(revenue);
        }

        return new DeclareRevenueResponse { Revenue = revenue.ToProto() };
    }

    public override async Task<AmendRevenueResponse> AmendRevenue(AmendRevenueRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var now = time.GetUtcNow();
        var revenue = await LoadRevenueAsync(request.PromisorId, request.Year, tracking: true, ct);
        revenue.Amend(FundingMapping.ToFundMoney(request.Revenue, "revenue"), request.Reason, request.Actor, request.Version, now);
        await deadlines.YearRecordedAsync(revenue.PromisorId, revenue.Year, now, ct);
        await SaveAsync(ct);
        return new AmendRevenueResponse { Revenue = revenue.ToProto() };
    }

    public override async Task<GetRevenueResponse> GetRevenue(GetRevenueRequest request, ServerCallContext context) =>
        new() { Revenue = (await LoadRevenueAsync(request.PromisorId, request.Year, tracking: false, context.CancellationToken)).ToProto() };

    public override async Task<ListFundEntriesResponse> ListFundEntries(ListFundEntriesRequest request, ServerCallContext context)
    {
        var (items, next) = await FundEntryListing.ListAsync(db, request, context.CancellationToken);
        return new ListFundEntriesResponse { Entries = { items.Select(e => e.ToProto()) }, NextPageToken = next };
    }

    public override async Task<GetFundingStatusResponse> GetFundingStatus(GetFundingStatusRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var promisorId = FundingText.PromisorId(request.PromisorId);
        var year = FundingYear.Valid(request.Year);
        var now = time.GetUtcNow();
        var assessment = await FundingStatusReader.AssessAsync(db, promisorId, year, now, ct);
        var yearEnd = await db.Set<FundingYearEnd>().AsNoTracking().SingleOrDefaultAsync(y => y.PromisorId == promisorId && y.Year == year, ct);
        return assessment.ToProto(promisorId, yearEnd, now);
    }

    private static RuleViolationException AlreadyDeclared(DeclaredRevenue revenue) =>
        RuleViolationException.AlreadyExists(
            "funding.revenue_already_declared", "year", $"The revenue of {revenue.PromisorId} for {revenue.Year} is already declared; amend it with AmendRevenue.");

    private static bool IsUniqueViolation(DbUpdateException ex, string constraint) =>
        ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } postgres && postgres.ConstraintName == constraint;

    /// <summary>
    /// Saves. Another record of the same promisor and year made at the same moment may have scheduled the year end
    /// first; its deadline is enough, so this one is dropped and the rest saved.
    /// </summary>
    private async Task SaveAsync(CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (IsUniqueViolation(ex, "ix_deadlines_kind_key"))
        {
            foreach (var yearEnd in db.ChangeTracker.Entries<Platform.Messaging.Deadlines.Deadline>().Where(e => e.State == EntityState.Added && e.Entity.Kind == FundingDeadlines.YearEnd).ToList())
            {
                yearEnd.State = EntityState.Detached;
            }

            await db.SaveChangesAsync(ct);
        }
    }

    private Task<DeclaredRevenue?> FindRevenueByRequestAsync(Guid requestId, CancellationToken ct) =>
        db.Set<DeclaredRevenue>().AsNoTracking().SingleOrDefaultAsync(r => r.RequestId == requestId, ct);

    private async Task<DeclaredRevenue> LoadRevenueAsync(string promisor, int requestedYear, bool tracking, CancellationToken ct)
    {
        var promisorId = FundingText.PromisorId(promisor);
        var year = FundingYear.Valid(requestedYear);
        var query = tracking ? db.Set<DeclaredRevenue>() : db.Set<DeclaredRevenue>().AsNoTracking();
        return await query.SingleOrDefaultAsync(r => r.PromisorId == promisorId && r.Year == year, ct)
            ?? throw RuleViolationException.NotFound("revenue", $"{promisorId}/{year}");
    }

    private Task<FundEntry?> FindEntryByRequestAsync(Guid requestId, CancellationToken ct) =>
        db.Set<FundEntry>().AsNoTracking().SingleOrDefaultAsync(e => e.RequestId == requestId, ct);
}
