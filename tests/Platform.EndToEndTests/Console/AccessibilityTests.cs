using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Google.Protobuf.WellKnownTypes;
using Microsoft.Playwright;
using Platform.Contracts.Security;
using Platform.EndToEndTests.Flows;
using Platform.EndToEndTests.Infrastructure;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;
using static Platform.EndToEndTests.Console.ConsolePages;

namespace Platform.EndToEndTests.Console;

/// <summary>
/// Every page of the console checked with axe-core against WCAG 2.1 A and AA (contrast, names, labels, landmarks), on a
/// laptop and on an upright tablet, and worked from the keyboard; tablet screenshots go with the others.
/// </summary>
[Collection(ConsoleCollectionDefinition.Name)]
public sealed class AccessibilityTests(ConsolePlatform platform, BrowserFixture browser, ITestOutputHelper output)
{
    private static readonly AxeRunOptions s_wcag21AA = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    };

    public static TheoryData<string> Screens => ["laptop", "tablet"];

    [Theory]
    [MemberData(nameof(Screens))]
    public Task Officer_pages_have_no_WCAG_A_or_AA_violation(string screen) => platform.RunAsync(output, async () =>
    {
        var dispute = await platform.CaseAsync("Alma Officer", negotiationDays: 30, startedAgo: TimeSpan.Zero);
        var page = await browser.NewPageAsync("Europe/Berlin", ViewportOf(screen));

        await page.GotoAsync(new Uri(platform.BaseAddress, "signin").ToString());
        await CheckAsync(page, $"signin-{screen}");
        await platform.SignInAsync(page, "Alma Officer");
        await Expect(page.Locator($"tr[data-case='{dispute.Id}']")).ToBeVisibleAsync(new() { Timeout = 20_000 });
        await CheckAsync(page, $"my-disputes-{screen}");
        await platform.OpenAsync(page, $"disputes/{dispute.Id}");
        await Expect(page.Locator("#timeline li").First).ToBeVisibleAsync(new() { Timeout = 20_000 });
        await CheckAsync(page, $"case-{screen}");
        await platform.OpenAsync(page, $"agreements/{dispute.AgreementId}/compliance");
        await Expect(page.Locator("#report")).ToBeVisibleAsync(new() { Timeout = 20_000 });
        await CheckAsync(page, $"compliance-{screen}");
        await page.Context.CloseAsync();
    });

    [Theory]
    [MemberData(nameof(Screens))]
    public Task Handler_pages_have_no_WCAG_A_or_AA_violation(string screen) => platform.RunAsync(output, async () =>
    {
        var complaint = await AtRiskComplaintAsync();
        var page = await browser.NewPageAsync("Asia/Shanghai", ViewportOf(screen));

        await platform.SignInAsync(page, "Hana Handler", PlatformRoles.ComplaintHandler);
        await Expect(page.Locator($"tr[data-complaint='{complaint}']")).ToBeVisibleAsync(new() { Timeout = 20_000 });
        await CheckAsync(page, $"complaints-at-risk-{screen}");
        await platform.OpenAsync(page, $"complaints/{complaint}");
        await Expect(page.Locator("#clocks")).ToBeVisibleAsync(new() { Timeout = 20_000 });
        await CheckAsync(page, $"complaint-{screen}");
        await platform.OpenAsync(page, "agreements");
        await Expect(page.Locator("#agreements")).ToBeVisibleAsync(new() { Timeout = 20_000 });
        await CheckAsync(page, $"agreements-{screen}");
        await page.Context.CloseAsync();
    });

    [Fact]
    public Task Handler_acknowledges_a_complaint_with_the_keyboard_alone() => platform.RunAsync(output, async () =>
    {
        var complaint = await AtRiskComplaintAsync();
        var page = await browser.NewPageAsync("Europe/Berlin");
        await platform.SignInAsync(page, "Kai Keyboard", PlatformRoles.ComplaintHandler);
        await InteractiveAsync(page);

        // A page that opens puts the focus on its heading, so a screen reader says where one is; the skip link shows when focused.
        await Expect(page.Locator("h1")).ToBeFocusedAsync();
        await page.Locator("a.skip").FocusAsync();
        Assert.True((await page.Locator("a.skip").BoundingBoxAsync())?.X >= 0, "the focused skip link is on screen");

        // Tab to the complaint's link and open it; Tab to the message, type, Tab to the button, press Enter.
        await TabUntilFocusedAsync(page, page.Locator($"tr[data-complaint='{complaint}'] a"));
        await page.Keyboard.PressAsync("Enter");
        await InteractiveAsync(page);
        await TabUntilFocusedAsync(page, page.Locator("#acknowledge-message"));
        await page.Keyboard.TypeAsync("Thank you; we are on it.");
        await TabUntilFocusedAsync(page, page.Locator("#action-Acknowledge"));
        await page.Keyboard.PressAsync("Enter");

        await Expect(page.Locator("#status")).ToHaveTextAsync("acknowledged", Soon);
        await page.Context.CloseAsync();
    });

    private static ViewportSize ViewportOf(string screen) => screen == "tablet" ? BrowserFixture.Tablet : BrowserFixture.Laptop;

    /// <summary>Presses Tab until <paramref name="target"/> has the focus (at most 60 times): it can be reached from the keyboard.</summary>
    private static async Task TabUntilFocusedAsync(IPage page, ILocator target)
    {
        for (var presses = 0; presses < 60; presses++)
        {
            if (await target.EvaluateAsync<bool>("element => element === document.activeElement"))
            {
                return;
            }

            await page.Keyboard.PressAsync("Tab");
        }

        Assert.Fail($"{target} was not reached with 60 presses of Tab.");
    }

    /// <summary>A fresh complaint whose first response is at risk (11 of 20 minutes used), of a fresh agreement.</summary>
    private async Task<string> AtRiskComplaintAsync()
    {
        var request = Requests.Agreement();
        request.EffectiveFrom = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow.AddHours(-1));
        request.Terms.FirstResponseWithin = Duration.FromTimeSpan(TimeSpan.FromMinutes(20));
        request.Terms.SolutionOrUpdateWithin = Duration.FromTimeSpan(TimeSpan.FromHours(4));
        request.Terms.MajorResolutionWithin = Duration.FromTimeSpan(TimeSpan.FromHours(8));
        var agreement = await platform.SignedAgreementAsync(request);
        var file = Requests.Complaint(agreement.Id);
        file.ReceivedAt = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow.AddMinutes(-11));
        var complaint = (await platform.Complaints.FileComplaintAsync(file)).Complaint;
        await Platform.IntegrationTests.Infrastructure.Eventually.AssertAsync(
            async () => (await platform.ComplaintAsync(complaint.Id)).AtRiskDueAt is not null, PlatformSteps.Timeout, "the complaint found at risk");
        return complaint.Id;
    }

    /// <summary>Runs axe on the page as it is now, saves a screenshot, and fails listing every violation.</summary>
    private async Task CheckAsync(IPage page, string name)
    {
        await browser.SaveScreenshotAsync(page, name, output);
        var result = await page.RunAxe(s_wcag21AA);
        Assert.True(result.Passes.Length > 10, $"{name}: axe checked only {result.Passes.Length} rules; did it run on the page?");
        output.WriteLine($"{name}: {result.Passes.Length} WCAG rules passed, {result.Incomplete.Length} need a person to judge");
        var violations = result.Violations.Select(v =>
            $"{v.Id} ({v.Impact}): {v.Help} — {string.Join(" | ", v.Nodes.Take(3).Select(n => string.Join(" ", n.Target?.ToString() ?? string.Empty)))}").ToList();
        Assert.True(violations.Count == 0, $"{name}: {violations.Count} WCAG violation(s):\n{string.Join("\n", violations)}");
    }
}
