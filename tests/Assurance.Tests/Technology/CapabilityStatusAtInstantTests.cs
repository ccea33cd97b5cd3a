using Platform.Assurance.Domain.Technology;

namespace Platform.Assurance.Tests.Technology;

public sealed class CapabilityStatusAtInstantTests
{
    private static readonly DateTimeOffset s_degradedFrom = CapabilityBuilder.Now.AddDays(-3);

    [Fact]
    public void Status_at_the_instant_a_change_takes_effect_is_the_new_status()
    {
        var capability = new CapabilityBuilder().BuildChangedTo(CapabilityStatus.Degraded, s_degradedFrom);

        Assert.Equal(CapabilityStatus.Degraded, capability.PeriodAt(s_degradedFrom)?.Status);
    }

    [Fact]
    public void Status_a_tick_before_a_change_takes_effect_is_the_previous_status()
    {
        var capability = new CapabilityBuilder().BuildChangedTo(CapabilityStatus.Degraded, s_degradedFrom);

        Assert.Equal(CapabilityStatus.Operational, capability.PeriodAt(s_degradedFrom.AddTicks(-1))?.Status);
    }

    [Fact]
    public void Capability_has_its_first_status_from_the_instant_it_entered_service()
    {
        var capability = new CapabilityBuilder().Build();

        Assert.Equal(CapabilityStatus.Operational, capability.PeriodAt(CapabilityBuilder.Since)?.Status);
    }

    [Fact]
    public void Capability_has_no_status_before_it_entered_service()
    {
        var capability = new CapabilityBuilder().Build();

        Assert.Null(capability.PeriodAt(CapabilityBuilder.Since.AddTicks(-1)));
    }

    [Fact]
    public void Each_status_lasts_until_the_next_change()
    {
        var capability = new CapabilityBuilder().BuildChangedTo(CapabilityStatus.Degraded, s_degradedFrom);
        capability.ChangeStatus(CapabilityStatus.Retired, s_degradedFrom.AddDays(1), "Replaced", CapabilityBuilder.Admin, capability.Version, CapabilityBuilder.Now);

        Assert.Equal(
            [CapabilityStatus.Operational, CapabilityStatus.Degraded, CapabilityStatus.Retired],
            new[] { s_degradedFrom.AddHours(-1), s_degradedFrom.AddHours(23), s_degradedFrom.AddDays(1) }.Select(at => capability.PeriodAt(at)!.Status));
        Assert.Equal((CapabilityStatus.Retired, s_degradedFrom.AddDays(1)), (capability.Status, capability.Since));
    }

    [Fact]
    public void Status_change_is_kept_on_the_status_history_with_its_actor_time_and_reason()
    {
        var capability = new CapabilityBuilder().Build();
        var recordedAt = CapabilityBuilder.Now.AddHours(1);

        capability.ChangeStatus(CapabilityStatus.Degraded, s_degradedFrom, "Vendor outage of the NLU engine", "ops-lead", capability.Version, recordedAt);

        var period = capability.StatusHistory[^1];
        Assert.Equal(
            (2, CapabilityStatus.Degraded, s_degradedFrom, recordedAt, "ops-lead", "Vendor outage of the NLU engine"),
            (period.Sequence, period.Status, period.Since, period.RecordedAt, period.Actor, period.Reason));
        Assert.Equal(("StatusChanged", "ops-lead", recordedAt), (capability.History[^1].Action, capability.History[^1].Actor, capability.History[^1].At));
        Assert.Equal(2, capability.Version);
    }

    [Fact]
    public void Status_change_without_since_takes_effect_now()
    {
        var capability = new CapabilityBuilder().Build();
        var now = CapabilityBuilder.Now.AddHours(2);

        capability.ChangeStatus(CapabilityStatus.Retired, null, "Decommissioned", CapabilityBuilder.Admin, capability.Version, now);

        Assert.Equal(now, capability.Since);
    }
}
