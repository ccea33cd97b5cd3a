using System.Globalization;
using Google.Protobuf.WellKnownTypes;
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
    public Task Handler_sees_a_closed_period_s_resolution_rate_in_the_chart_and_its_report_clause_by_clause_as_Agreements_gives_them() => platform.RunAsync(output, async () =>
    {
        // Arrange: two complaints, one resolved at once.
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
        // A period with the complaints closes (8 s) and its rate reaches Agreements; which period that is, the clocks decide.
        await Eventually.AssertAsync(
            async () => (await platform.Agreements.GetComplianceReportAsync(new GetComplianceReportRequest
            {
                AgreementId = agreement.Id, PeriodStart = agreement.EffectiveFrom, PeriodEnd = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow),
            })).Clauses.Any(c => c.Title == "Complaint resolution rate" && c.MeasuredValue is not null),
            TimeSpan.FromSeconds(60),
            "a closed period's resolution rate reached Agreements");
        var page = await browser.NewPageAsync("Asia/Shanghai");
        await platform.SignInAsync(page, "Hana Handler", PlatformRoles.ComplaintHandler);

        // Act: from the list of agreements in force to this one's compliance.
        await platform.OpenAsync(page, "agreements");
        await page.Locator($"tr[data-agreement='{agreement.Id}']").GetByRole(AriaRole.Link).ClickAsync();
        await InteractiveAsync(page);

        // Assert: the period with a rate shows it in the figures and as a bar, as Agreements reports it for that period.
        var measured = page.Locator("#figures tbody tr").Filter(new() { Has = page.Locator("td.rate:not(:text-is('no data'))") }).First;
        await Expect(measured).ToBeVisibleAsync(new() { Timeout = 20_000 });
        var period = (await measured.GetAttributeAsync("data-period"))!;
        var expected = await platform.Agreements.GetComplianceReportAsync(new GetComplianceReportRequest
        {
            AgreementId = agreement.Id,
            PeriodStart = Timestamp.FromDateTimeOffset(DateTimeOffset.Parse((await measured.GetAttributeAsync("data-start"))!, CultureInfo.InvariantCulture)),
            PeriodEnd = Timestamp.FromDateTimeOffset(DateTimeOffset.Parse((await measured.GetAttributeAsync("data-end"))!, CultureInfo.InvariantCulture)),
        });
        var rate = expected.Clauses.Single(c => c.Title == "Complaint resolution rate");
        var percent = $"{decimal.Parse(rate.MeasuredValue.Value, CultureInfo.InvariantCulture).ToString("0.##", CultureInfo.InvariantCulture)}%";
        Assert.Matches(@"^\d+(\.\d+)?% \(\d+ of [12] resolved\)$", rate.Measured);
        await Expect(measured.Locator("td.rate")).ToHaveTextAsync(percent);
        await Expect(page.Locator($"#chart rect[data-series='Resolution rate'][data-period='{period}']")).ToHaveAttributeAsync("data-value", percent);
        await Expect(page.Locator("#chart rect")).ToHaveCountAsync(await page.Locator("#figures tbody tr").CountAsync() * 2);
        await Expect(page.Locator(".legend")).ToContainTextAsync("Resolution-rate target 95%");

        // That period's report, clause by clause, as Agreements gives it.
        await page.Locator("#period").SelectOptionAsync(new SelectOptionValue { Label = period });
        await Expect(page.Locator("#report tbody tr")).ToHaveCountAsync(expected.Clauses.Count);
        foreach (var line in expected.Clauses)
        {
            var row = page.Locator($"#report tbody tr[data-title='{line.Title}']");
            await Expect(row).ToContainTextAsync(line.Measured);
            await Expect(row).ToContainTextAsync(line.Target);
        }

        await Expect(page.Locator("#report tbody tr[data-title='Complaint resolution rate'] td.status")).ToHaveTextAsync(
            rate.Status == ComplianceStatus.Met ? "met" : rate.Status == ComplianceStatus.AtRisk ? "at risk" : "missed");
        await browser.SaveScreenshotAsync(page, "agreement-compliance", output);
        await page.Context.CloseAsync();
    });
}
