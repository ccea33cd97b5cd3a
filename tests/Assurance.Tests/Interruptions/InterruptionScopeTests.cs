using Platform.Assurance.Domain.Interruptions;
using Platform.SharedKernel;

namespace Platform.Assurance.Tests.Interruptions;

public sealed class InterruptionScopeTests
{
    private static readonly Guid s_ours = InterruptionBuilder.AgreementId;
    private static readonly Guid s_theirs = Guid.Parse("9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d");

    [Fact]
    public void Scope_needs_agreements_or_all_of_them()
    {
        var error = Assert.Throws<RuleViolationException>(() => InterruptionScope.Of(["hotline"], [], false));

        Assert.Equal((RuleKind.InvalidArgument, "scope.affected_agreement_ids"), (error.Kind, error.Subject));
    }

    [Fact]
    public void Scope_naming_agreements_and_all_of_them_is_refused()
    {
        var error = Assert.Throws<RuleViolationException>(() => InterruptionScope.Of(["hotline"], [s_ours], true));

        Assert.Equal((RuleKind.InvalidArgument, "scope.affected_agreement_ids"), (error.Kind, error.Subject));
    }

    [Theory]
    [InlineData(null)]
    [InlineData(" ")]
    public void Scope_needs_named_services(string? service)
    {
        string[] services = service is null ? [] : [service];

        var error = Assert.Throws<RuleViolationException>(() => InterruptionScope.Of(services, [s_ours], false));

        Assert.Equal((RuleKind.InvalidArgument, "scope.affected_services"), (error.Kind, error.Subject));
    }

    [Fact]
    public void Services_are_trimmed_and_named_once()
    {
        var scope = InterruptionScope.Of([" Hotline ", "hotline", "web portal"], [s_ours, s_ours], false);

        Assert.Equal(["Hotline", "web portal"], scope.AffectedServices);
        Assert.Equal([s_ours], scope.AffectedAgreementIds);
    }

    [Fact]
    public void Known_agreements_of_the_promisor_are_accepted()
    {
        var scope = InterruptionScope.Of(["hotline"], [s_ours], false);

        AffectedAgreements.Check(scope, InterruptionBuilder.Promisor, Known((s_ours, InterruptionBuilder.Promisor)), promisorHasAgreements: true);
    }

    [Fact]
    public void Agreement_of_another_promisor_is_refused_naming_the_field()
    {
        var scope = InterruptionScope.Of(["hotline"], [s_ours, s_theirs], false);

        var error = Assert.Throws<RuleViolationException>(
            () => AffectedAgreements.Check(scope, InterruptionBuilder.Promisor, Known((s_ours, InterruptionBuilder.Promisor), (s_theirs, "org-other")), true));

        Assert.Equal((RuleKind.InvalidArgument, "scope.affected_agreement_ids"), (error.Kind, error.Subject));
        Assert.Contains(s_theirs.ToString(), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Agreement_not_known_here_is_a_failed_precondition_on_the_field()
    {
        var scope = InterruptionScope.Of(["hotline"], [s_theirs], false);

        var error = Assert.Throws<RuleViolationException>(() => AffectedAgreements.Check(scope, InterruptionBuilder.Promisor, Known(), true));

        Assert.Equal((RuleKind.FailedPrecondition, "scope.affected_agreement_ids", "interruption.agreement_unknown"), (error.Kind, error.Subject, error.Code));
    }

    [Fact]
    public void Agreement_whose_activation_has_not_arrived_is_not_known_yet()
    {
        var scope = InterruptionScope.Of(["hotline"], [s_ours], false);

        var error = Assert.Throws<RuleViolationException>(() => AffectedAgreements.Check(scope, InterruptionBuilder.Promisor, Known((s_ours, null)), true));

        Assert.Equal("interruption.agreement_unknown", error.Code);
    }

    [Fact]
    public void All_agreements_of_a_promisor_with_none_known_is_a_failed_precondition_on_the_promisor()
    {
        var scope = InterruptionScope.Of(["hotline"], [], true);

        var error = Assert.Throws<RuleViolationException>(() => AffectedAgreements.Check(scope, "org-typo", Known(), promisorHasAgreements: false));

        Assert.Equal((RuleKind.FailedPrecondition, "promisor_id"), (error.Kind, error.Subject));
    }

    private static Dictionary<Guid, string?> Known(params (Guid Id, string? Promisor)[] agreements) =>
        agreements.ToDictionary(a => a.Id, a => a.Promisor);
}
