using Google.Protobuf.WellKnownTypes;
using Microsoft.Playwright;
using Platform.Contracts.Complaints.V1;
using Platform.Contracts.Security;
using Platform.EndToEndTests.Flows;
using Platform.EndToEndTests.Infrastructure;
using Platform.IntegrationTests.Infrastructure;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;
using static Platform.EndToEndTests.Console.ConsolePages;

namespace Platform.EndToEndTests.Console;

/// <summary>
/// A complaint handler's morning in the console, in a real browser against the running platform: the complaints at
/// risk, most urgent first; one acknowledged from its page leaves the list.
/// </summary>
[Collection(ConsoleCollectionDefinition.Name)]
public sealed class ComplaintHandlerTests(ConsolePlatform platform, BrowserFixture browser, ITestOutputHelper output)
{
    [Fact]
    public Task Handler_acknowledges_an_at_risk_complaint_and_sees_it_leave_the_list() => platform.RunAsync(output, async () =>
    {
        // Arrange: first response within 20 minutes; two complaints logged late, so their clocks are part used.
        const string handler = "Hana Handler";
        var request = Requests.Agreement();
        request.Terms.FirstResponseWithin = Duration.FromTimeSpan(TimeSpan.FromMinutes(20));
        request.Terms.SolutionOrUpdateWithin = Duration.FromTimeSpan(TimeSpan.FromHours(4));
        request.Terms.MajorResolutionWithin = Duration.FromTimeSpan(TimeSpan.FromHours(8));
        request.EffectiveFrom = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow.AddHours(-1));
        var agreement = await platform.SignedAgreementAsync(request);
        // 55 % and 52.5 % of the first response used: at risk now, and the next check (75 %) minutes away.
        var sooner = await FileAsync(agreement.Id, "Invoice charged twice", receivedAgo: TimeSpan.FromMinutes(11));
        var later = await FileAsync(agreement.Id, "Router replacement late", receivedAgo: TimeSpan.FromMinutes(10.5));
        await Eventually.AssertAsync(
            async () => (await platform.ComplaintAsync(sooner.Id)).AtRiskDueAt is not null && (await platform.ComplaintAsync(later.Id)).AtRiskDueAt is not null,
            PlatformSteps.Timeout,
            "both complaints' first responses found at risk");
        var page = await browser.NewPageAsync("Europe/Berlin");

        // Act and assert: the handler starts on the complaints at risk; the one due sooner comes first.
        await platform.SignInAsync(page, handler, PlatformRoles.ComplaintHandler);
        await Expect(Row(page, sooner.Id).Or(Row(page, later.Id))).ToHaveCountAsync(2, new() { Timeout = 20_000 });
        Assert.Equal([sooner.Id, later.Id], await InOrderAsync(page, sooner.Id, later.Id));
        await Expect(Row(page, later.Id).Locator(".time-left")).ToContainTextAsync("min left");
        await browser.SaveScreenshotAsync(page, "complaints-at-risk", output);

        // Sorted the other way, the one with more time left comes first.
        await InteractiveAsync(page);
        await page.Locator("#sort-time-left").ClickAsync();
        await Expect(page.Locator("th[aria-sort='descending']")).ToHaveCountAsync(1);
        Assert.Equal([later.Id, sooner.Id], await InOrderAsync(page, sooner.Id, later.Id));

        // Its page shows the clocks and offers the first response; a progress update must wait.
        await Row(page, sooner.Id).GetByRole(AriaRole.Link).ClickAsync();
        await InteractiveAsync(page);
        await Expect(page.Locator("#standing")).ToContainTextAsync("Needs you: first response:", new() { Timeout = 20_000 });
        await Expect(page.Locator("#why-PostProgressUpdate")).ToHaveTextAsync("Acknowledge the complaint first: the first response comes before any update.");
        await page.Locator("#acknowledge-message").FillAsync("We have found the double charge and are refunding it.");
        await page.Locator("#action-Acknowledge").ClickAsync();

        await Expect(page.Locator("#status")).ToHaveTextAsync("acknowledged", Soon);
        await Expect(page.Locator("#notice")).ToHaveTextAsync("Done: Acknowledged. It has left the complaints at risk.");
        await Expect(page.Locator("#history li").Filter(new() { HasText = "Acknowledged" })).ToContainTextAsync(handler);
        await browser.SaveScreenshotAsync(page, "complaint-acknowledged", output);

        // Back on the list, it is gone and the other one is still there.
        await page.GetByRole(AriaRole.Link, new() { Name = "← Complaints at risk" }).ClickAsync();
        await Expect(Row(page, later.Id)).ToBeVisibleAsync(new() { Timeout = 20_000 });
        await Expect(Row(page, sooner.Id)).ToHaveCountAsync(0);

        var stored = await platform.ComplaintAsync(sooner.Id);
        Assert.Equal((ComplaintStatus.Acknowledged, ClockState.Met), (stored.Status, stored.FirstResponse().State));
        Assert.Null(stored.AtRiskDueAt);
        await page.Context.CloseAsync();
    });

    private static ILocator Row(IPage page, string complaintId) => page.Locator($"tr[data-complaint='{complaintId}']");

    /// <summary>This test's complaints in the order the list shows them (other tests' complaints may be at risk too).</summary>
    private static async Task<string[]> InOrderAsync(IPage page, params string[] ours)
    {
        var ids = await page.Locator("#at-risk tbody tr").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.complaint)");
        return [.. ids.Where(ours.Contains)];
    }

    private async Task<Complaint> FileAsync(string agreementId, string subject, TimeSpan receivedAgo)
    {
        var request = Requests.Complaint(agreementId);
        request.Subject = subject;
        request.ReceivedAt = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow - receivedAgo);
        return (await platform.Complaints.FileComplaintAsync(request)).Complaint;
    }
}
