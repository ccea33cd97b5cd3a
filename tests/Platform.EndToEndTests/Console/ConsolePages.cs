using Google.Protobuf.WellKnownTypes;
using Microsoft.Playwright;
using Platform.Contracts.Disputes.V1;
using Platform.Contracts.Security;
using Platform.EndToEndTests.Flows;
using Platform.EndToEndTests.Infrastructure;
using Platform.IntegrationTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Platform.EndToEndTests.Console;

/// <summary>Steps on the console's pages that every browser test takes: signing in, waiting for a page to be live.</summary>
internal static class ConsolePages
{
    /// <summary>Long enough for a page to re-read what changed (the tests' refresh interval is 20 s).</summary>
    public static readonly LocatorAssertionsToHaveTextOptions Soon = new() { Timeout = 20_000 };

    /// <summary>Signs in through the sign-in page as <paramref name="name"/> in <paramref name="role"/>; lands on the role's start page.</summary>
    public static async Task SignInAsync(this ConsolePlatform platform, IPage page, string name, string role = PlatformRoles.DisputeOfficer)
    {
        await page.GotoAsync(new Uri(platform.BaseAddress, "signin").ToString());
        await page.Locator("#name").FillAsync(name);
        await page.Locator("#role").SelectOptionAsync(role);
        await page.Locator("#sign-in").ClickAsync();
        var start = role == PlatformRoles.ComplaintHandler ? "**/complaints" : "**/disputes";
        try
        {
            await page.WaitForURLAsync(start, new() { Timeout = 60_000 });
        }
        catch (TimeoutException e)
        {
            // Say where the browser ended up instead (a refused form, an error page), not only that it did not arrive.
            var text = await page.Locator("body").InnerTextAsync(new() { Timeout = 5_000 });
            throw new TimeoutException($"Signing in as {name} did not reach {start}; the browser is at {page.Url}, showing: {text[..Math.Min(text.Length, 400)]}", e);
        }
    }

    /// <summary>Opens <paramref name="path"/> and waits until its buttons work.</summary>
    public static async Task OpenAsync(this ConsolePlatform platform, IPage page, string path)
    {
        await page.GotoAsync(new Uri(platform.BaseAddress, path).ToString());
        await InteractiveAsync(page);
    }

    /// <summary>Waits until the page's circuit is connected: before that its buttons are disabled.</summary>
    public static Task InteractiveAsync(IPage page) =>
        Expect(page.Locator("main[data-interactive='true']")).ToBeVisibleAsync(new() { Timeout = 20_000 });

    /// <summary>A case on a fresh breach (4.2.1) of a fresh agreement, assigned to <paramref name="officer"/>.</summary>
    public static async Task<Dispute> CaseAsync(this ConsolePlatform platform, string officer, int negotiationDays, TimeSpan startedAgo)
    {
        var request = Requests.Agreement();
        request.EffectiveFrom = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow.AddDays(-2));
        request.Terms.NegotiationMaxDays = negotiationDays;
        var agreement = await platform.SignedAgreementAsync(request);
        await platform.StartInterruptionAsync(agreement.Id);
        var breach = await platform.BreachAsync(agreement.Id, "4.2.1");
        var open = Requests.Dispute(agreement.Id, breach.Id, $"Outage past the threshold ({officer})");
        open.NegotiationStartedAt = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow - startedAgo);
        var dispute = (await Eventually.FindAsync(async () => await platform.Disputes.OpenDisputeAsync(open), PlatformSteps.Timeout, "Disputes accepting the breach")).Dispute;
        return (await platform.Disputes.AssignOfficerAsync(new AssignOfficerRequest
        {
            DisputeId = dispute.Id, Version = dispute.Version, Actor = officer, Officer = officer,
        })).Dispute;
    }
}
