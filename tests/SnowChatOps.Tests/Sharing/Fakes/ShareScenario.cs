using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using SnowChatOps.TestSupport.Harness;
using SnowChatOps.TestSupport.Fakes;

namespace SnowChatOps.Tests.Sharing.Fakes;

/// <summary>A shown form and the ways to press it: the common start of every submit test.</summary>
internal sealed class ShareScenario(BotHarness harness, ShareDriver driver, CardReader form, string formId)
{
    public CardReader Form => form;

    public string FormId => formId;

    public FakeServiceNow ServiceNow => harness.ServiceNow;

    public InMemorySubmissionStore Submissions => harness.Get<InMemorySubmissionStore>();

    public static async Task<ShareScenario> StartAsync(BotHarness harness, string actionId = "AdminMFAV2", string? locale = null)
    {
        var driver = new ShareDriver(harness);
        var reply = Assert.Single(await driver.SendAsync(Activities.Text($"share {actionId}", locale)));
        return new ShareScenario(harness, driver, CardReader.From(reply), reply.Id);
    }

    public Activity PressSend(Action<JObject>? edit = null) => ShareDriver.Press(form, formId, edit);

    /// <summary>Presses the form's Cancel (the client sends no inputs with it: the button's associatedInputs is none).</summary>
    public Activity PressCancel(string? locale = null)
    {
        var action = form.Json["actions"]!.First(a => (string?)a["data"]?["verb"] == "share-cancel");
        return Activities.Submit(action["data"]!.DeepClone(), locale, formId);
    }

    public Task<IReadOnlyList<Activity>> SendAsync(Action<JObject>? edit = null) => driver.SendAsync(PressSend(edit));

    public Task<IReadOnlyList<Activity>> SendAsync(Activity activity) => driver.SendAsync(activity);
}
