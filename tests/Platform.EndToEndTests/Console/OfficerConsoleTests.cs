using Microsoft.Playwright;
using Platform.Contracts.Disputes.V1;
using Platform.EndToEndTests.Flows;
using Platform.EndToEndTests.Infrastructure;
using Platform.IntegrationTests.Infrastructure;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;
using static Platform.EndToEndTests.Console.ConsolePages;

namespace Platform.EndToEndTests.Console;

/// <summary>
/// The officer console in a real browser (Debian's Chromium) against the running platform: an officer works a
/// case from sign-in to award, and a second officer acting on a stale view is told why nothing happened.
/// Screenshots of the pages go to .local/test-results/screenshots/.
/// </summary>
[Collection(ConsoleCollectionDefinition.Name)]
public sealed class OfficerConsoleTests(ConsolePlatform platform, BrowserFixture browser, ITestOutputHelper output)
{
    [Fact]
    public Task Officer_advances_an_expired_negotiation_to_arbitration_records_the_award_and_sees_the_timeline() => platform.RunAsync(output, async () =>
    {
        // Arrange: a case on a breach whose one-day negotiation began a day ago, assigned to the officer; it expires.
        const string officer = "Olga Officer";
        var dispute = await platform.CaseAsync(officer, negotiationDays: 1, startedAgo: TimeSpan.FromDays(1) - TimeSpan.FromSeconds(3));
        await Eventually.AssertAsync(
            // Any entry: on a slow machine the period may already have ended when the case was opened and assigned.
            async () => (await platform.Disputes.GetTimelineAsync(new GetTimelineRequest { DisputeId = dispute.Id })).Entries.Any(e => e.Action == "NegotiationPeriodExpired"),
            PlatformSteps.Timeout,
            "the negotiation period expired");
        var page = await browser.NewPageAsync("Europe/Berlin");

        // Act and assert: sign in; the case is in My disputes, under negotiation, expired.
        await platform.SignInAsync(page, officer);
        var row = page.Locator($"tr[data-case='{dispute.Id}']");
        await Expect(row.Locator(".days-left")).ToHaveTextAsync("expired", Soon);
        await browser.SaveScreenshotAsync(page, "my-disputes", output);

        // The case page offers arbitration and says why submissions are over.
        await row.GetByRole(AriaRole.Link).ClickAsync();
        await ConsolePages.InteractiveAsync(page);
        await Expect(page.Locator("#negotiation")).ToHaveTextAsync("expired", Soon);
        await Expect(page.Locator("#action-AddSubmission")).ToBeDisabledAsync();
        await Expect(page.Locator("#why-AddSubmission")).ToHaveTextAsync("Negotiation has ended (its period expired).");
        await Expect(page.Locator("#action-RecordAward")).ToBeDisabledAsync();

        await page.Locator("#action-AdvanceToArbitration").ClickAsync();
        await Expect(page.Locator("#stage")).ToHaveTextAsync("arbitration", Soon);

        await page.Locator("#award-summary").FillAsync("Service credit of CNY 15,000");
        await page.Locator("#action-RecordAward").ClickAsync();
        await Expect(page.Locator("#status")).ToHaveTextAsync("awarded", Soon);

        // The timeline shows both moves, by the officer; every move is now disabled as the case is closed.
        var timeline = page.Locator("#timeline li");
        await Expect(timeline.Filter(new() { HasText = "MovedToArbitration" })).ToContainTextAsync(officer);
        await Expect(timeline.Filter(new() { HasText = "Awarded" })).ToContainTextAsync("Service credit of CNY 15,000");
        await Expect(page.Locator("#why-AdvanceToArbitration")).ToHaveTextAsync("The case is closed (awarded); a closed case is read-only.");
        await browser.SaveScreenshotAsync(page, "case-awarded", output);

        var stored = (await platform.Disputes.GetDisputeAsync(new GetDisputeRequest { DisputeId = dispute.Id })).Dispute;
        Assert.Equal((DisputeStage.Arbitration, DisputeStatus.Awarded), (stored.Stage, stored.Status));
        Assert.Equal("Service credit of CNY 15,000", stored.Arbitration.AwardSummary);
        await page.Context.CloseAsync();
    });

    [Fact]
    public Task Officer_adds_a_written_submission_with_its_document_and_anyone_on_the_case_downloads_the_same_bytes() => platform.RunAsync(output, async () =>
    {
        // Arrange: a case in open negotiation; the officer has a signed letter as a PDF.
        var dispute = await platform.CaseAsync("Olga Officer", negotiationDays: 30, startedAgo: TimeSpan.Zero);
        byte[] letter = [.. "%PDF-1.7\n"u8, .. System.Security.Cryptography.RandomNumberGenerator.GetBytes(300_000)];
        var page = await browser.NewPageAsync("Europe/Berlin");
        await platform.SignInAsync(page, "Olga Officer");
        await platform.OpenAsync(page, $"disputes/{dispute.Id}");

        // Act: the letter is attached to a submission.
        await page.Locator("#submission-text").FillAsync("Signed letter proposing a service credit.");
        await page.Locator("#submission-file").SetInputFilesAsync(new FilePayload { Name = "letter-2026-11-27.pdf", MimeType = "application/pdf", Buffer = letter });
        await Expect(page.Locator("#chosen-document")).ToHaveTextAsync("letter-2026-11-27.pdf, 292 KB");
        await page.Locator("#action-AddSubmission").ClickAsync();

        // Assert: the case lists it with its document, and the download is the same bytes.
        await Expect(page.Locator("#notice")).ToHaveTextAsync("Done: SubmissionAdded.", Soon);
        var link = page.Locator("#submissions li[data-submission='1'] a.document");
        await Expect(link).ToHaveTextAsync("letter-2026-11-27.pdf (292 KB)");
        await browser.SaveScreenshotAsync(page, "case-submission-document", output);
        var download = await page.RunAndWaitForDownloadAsync(() => link.ClickAsync());
        Assert.Equal("letter-2026-11-27.pdf", download.SuggestedFilename);
        await using (var saved = await download.CreateReadStreamAsync())
        using (var bytes = new MemoryStream())
        {
            await saved.CopyToAsync(bytes);
            Assert.Equal(letter, bytes.ToArray());
        }

        var stored = (await platform.Disputes.GetDisputeAsync(new GetDisputeRequest { DisputeId = dispute.Id })).Dispute;
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(letter)), Assert.Single(stored.Submissions).Document.Sha256);
        await page.Context.CloseAsync();
    });

    [Fact]
    public Task Second_officers_move_on_a_stale_view_is_refused_with_the_reason_and_later_changes_show_without_a_reload() => platform.RunAsync(output, async () =>
    {
        // Arrange: a case in open negotiation; two officers have it open.
        var dispute = await platform.CaseAsync("Olga Officer", negotiationDays: 30, startedAgo: TimeSpan.Zero);
        var olga = await browser.NewPageAsync("Europe/Berlin");
        await platform.SignInAsync(olga, "Olga Officer");
        await platform.OpenAsync(olga, $"disputes/{dispute.Id}");
        await olga.Locator("#submission-text").FillAsync("Letter of 27 November: we propose a service credit.");
        await olga.Locator("#submission-document").FillAsync("DMS-2026-0412");
        var piotr = await browser.NewPageAsync("Asia/Shanghai");
        await platform.SignInAsync(piotr, "Piotr Officer");
        await platform.OpenAsync(piotr, $"disputes/{dispute.Id}");
        await Expect(piotr.Locator("#version")).ToHaveTextAsync(dispute.Version.ToString(System.Globalization.CultureInfo.InvariantCulture));

        // Act: Olga adds a submission; Piotr, on the view he loaded before, declares negotiation failed.
        await olga.Locator("#action-AddSubmission").ClickAsync();
        await Expect(olga.Locator("#notice")).ToHaveTextAsync("Done: SubmissionAdded.", Soon);
        await piotr.Locator("#failure-reason").FillAsync("The customer stopped answering.");
        await piotr.Locator("#action-DeclareNegotiationFailed").ClickAsync();

        // Assert: refused, explained, and his page now shows the case as it is (Olga's submission on the timeline).
        await Expect(piotr.Locator("#error")).ToContainTextAsync("Someone else changed this case while you had it open", new() { Timeout = 20_000 });
        await Expect(piotr.Locator("#timeline li").Filter(new() { HasText = "SubmissionAdded" })).ToContainTextAsync("Olga Officer");
        await Expect(piotr.Locator("#negotiation")).Not.ToHaveTextAsync("declared failed");
        await browser.SaveScreenshotAsync(piotr, "case-conflict", output);
        var stored = (await platform.Disputes.GetDisputeAsync(new GetDisputeRequest { DisputeId = dispute.Id })).Dispute;
        Assert.Equal(NegotiationState.Open, stored.NegotiationState);

        // And a change Olga makes later reaches Piotr's page by itself.
        await olga.Locator("#submission-text").FillAsync("Minutes of the call of 28 November.");
        await olga.Locator("#action-AddSubmission").ClickAsync();
        await Expect(piotr.Locator("#notice")).ToHaveTextAsync(
            "Updated while you were looking: Olga Officer — SubmissionAdded.", new() { Timeout = 45_000 }); // the next refresh, within 20 s
        await olga.Context.CloseAsync();
        await piotr.Context.CloseAsync();
    });
}
