using Microsoft.Playwright;
using Platform.Contracts.Agreements.V1;
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
/// An agreement's compliance in the console, in a real browser against the running platform (its measurement period is
/// 8 s there): the chart and figures of the last periods, and the report of a chosen period clause by clause.
/// </summary>
[Collection(ConsoleCollectionDefinition.Name)]
public sealed class CompliancePageTests(ConsolePlatform platform, BrowserFixture browser, ITestOutputHelper output)
{
    [Fact]
    public Task Handler_sees_the_resolution_rate_of_a_closed_period_in_the_chart_and_its_report_clause_by_clause() => platform.RunAsync(output, async () =>
    {
        // Arrange: two complaints in one period, one resolved at once; the period closes with 1 of 2 resolved.
        var agreement = await platform.SignedAgreementAsync();
        var resolved = (await platform.Complaints.FileComplaintAsync(Requests.Complaint(agreement.Id))).Complaint;
        await platform.Complaints.FileComplaintAsync(Requests.Complaint(agreement.Id));
        await Eventually.FindAsync(
            async () =>
            {
                var current = await platform.ComplaintAsync(resolved.Id);
                return await platform.Complaints.ResolveComplaintAsync(new ResolveComplaintRequest
                {
                    ComplaintId = current.Id, Version = current.Version, Actor = "agent-zhang", Solution = "Service restored and credited.",
                });
            },
            PlatformSteps.Timeout,
            "one complaint resolved");
        await Eventually.AssertAsync(
            async () => (await platform.Agreements.GetComplianceReportAsync(new GetComplianceReportRequest
            {
                AgreementId = agreement.Id, PeriodStart = agreement.EffectiveFrom, PeriodEnd = Google.Protobuf.WellKnownTypes.Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow),
            })).Clauses.Any(c => c.Title == "Complaint resolution rate" && c.Measured == "50% (1 of 2 resolved)"),
            PlatformSteps.Timeout,
            "the period closed and its resolution rate reached Agreements");
        var page = await browser.NewPageAsync("Asia/Shanghai");
        await platform.SignInAsync(page, "Hana Handler", PlatformRoles.ComplaintHandler);

        // Act: from the list of agreements in force to this one's compliance.
        await platform.OpenAsync(page, "agreements");
        await page.Locator($"tr[data-agreement='{agreement.Id}']").GetByRole(AriaRole.Link).ClickAsync();
        await InteractiveAsync(page);

        // Assert: the closed period shows 50% in the figures and as a bar of the chart.
        var closed = page.Locator("#figures tbody tr").Filter(new() { Has = page.Locator("td.rate", new() { HasText = "50%" }) });
        await Expect(closed).ToHaveCountAsync(1, new() { Timeout = 20_000 });
        var period = await closed.GetAttributeAsync("data-period");
        await Expect(page.Locator($"#chart rect[data-series='Resolution rate'][data-period='{period}']")).ToHaveAttributeAsync("data-value", "50%");
        await Expect(page.Locator("#chart rect")).ToHaveCountAsync(await page.Locator("#figures tbody tr").CountAsync() * 2);
        await Expect(page.Locator(".legend")).ToContainTextAsync("Resolution-rate target 95%");

        // That period's report, clause by clause: 2.3.2 missed against its 95% target.
        await page.Locator("#period").SelectOptionAsync(new SelectOptionValue { Label = period });
        var rate = page.Locator("#report tbody tr[data-title='Complaint resolution rate']");
        await Expect(rate).ToContainTextAsync("50% (1 of 2 resolved)");
        await Expect(rate.Locator("td.status")).ToHaveTextAsync("missed");
        await Expect(rate).ToContainTextAsync("at least 95%");
        await Expect(page.Locator("#report tbody tr")).ToHaveCountAsync(7);
        await browser.SaveScreenshotAsync(page, "agreement-compliance", output);
        await page.Context.CloseAsync();
    });
}
