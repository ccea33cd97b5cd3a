using Microsoft.Playwright;
using Platform.EndToEndTests.Infrastructure;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Platform.EndToEndTests.Console;

/// <summary>
/// Sign-in with the organisation's identity provider (OpenID Connect, code flow with PKCE), in a real browser: the
/// provider's platform token is what the console's calls carry, so the services answer with the person's own roles.
/// </summary>
[Collection(ConsoleCollectionDefinition.Name)]
public sealed class ProviderSignInTests(ConsolePlatform platform, BrowserFixture browser, ITestOutputHelper output)
{
    [Fact]
    public Task Officer_signs_in_at_the_provider_sees_their_cases_and_signing_out_ends_the_provider_session_too() => platform.RunAsync(output, async () =>
    {
        // Arrange: a case assigned to the officer, who is known to the provider as a dispute officer.
        var dispute = await platform.CaseAsync("Petra Provider", negotiationDays: 30, startedAgo: TimeSpan.Zero);
        var page = await browser.NewPageAsync("Asia/Shanghai");

        // Act: sign in by the provider.
        await SignInAtProviderAsync(page, "Petra Provider", "dispute-officer");

        // Assert: back on My disputes, with the case the services listed for the provider's token.
        await page.WaitForURLAsync("**/disputes");
        await Expect(page.Locator(".who")).ToHaveTextAsync("Signed in as Petra Provider");
        await Expect(page.Locator($"tr[data-case='{dispute.Id}']")).ToBeVisibleAsync(new() { Timeout = 20_000 });
        await browser.SaveScreenshotAsync(page, "provider-signed-in", output);

        // Signing out ends the console's cookie and the provider's session.
        var before = platform.IdentityProvider.SignOuts;
        await page.Locator("form.signout button").ClickAsync();
        await page.WaitForURLAsync("**/signin");
        Assert.Equal(before + 1, platform.IdentityProvider.SignOuts);
        await page.GotoAsync(new Uri(platform.BaseAddress, "disputes").ToString());
        await page.WaitForURLAsync("**/signin**");
        await page.Context.CloseAsync();
    });

    [Fact]
    public Task Person_whose_provider_account_has_no_console_role_is_told_so_and_not_signed_in() => platform.RunAsync(output, async () =>
    {
        var page = await browser.NewPageAsync("Europe/Berlin");

        await SignInAtProviderAsync(page, "Aldo Auditor", "auditor");

        await Expect(page.Locator("#no-role")).ToContainTextAsync("your account has no role this console serves");
        await page.GotoAsync(new Uri(platform.BaseAddress, "disputes").ToString());
        await page.WaitForURLAsync("**/signin**");
        await page.Context.CloseAsync();
    });

    private async Task SignInAtProviderAsync(IPage page, string user, string role)
    {
        await page.GotoAsync(new Uri(platform.BaseAddress, "signin").ToString());
        await page.Locator("#sign-in-provider").ClickAsync();
        await page.WaitForURLAsync($"{platform.IdentityProvider.Authority}/authorize**");
        await page.Locator("#user").FillAsync(user);
        await page.Locator("#role").SelectOptionAsync(role);
        await page.Locator("#continue").ClickAsync();
    }
}
