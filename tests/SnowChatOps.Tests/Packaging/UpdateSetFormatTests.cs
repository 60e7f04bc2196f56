using System.Text.Json.Nodes;
using System.Xml.Linq;
using SnowChatOps.TestSupport;

namespace SnowChatOps.Tests.Packaging;

/// <summary>
/// The generated update set (manifest/update_set) against the structure of real platform exports, whose facts are kept
/// in RealExport/update-set-structure.json (sources in RealExport/README.md): envelope, the child elements of every
/// update, the name pattern of each update type and the shape of its payload.
/// </summary>
public sealed class UpdateSetFormatTests
{
    private static readonly JsonObject Facts = JsonNode.Parse(File.ReadAllText(
        RepoPaths.Combine("tests", "SnowChatOps.Tests", "Packaging", "RealExport", "update-set-structure.json")))!.AsObject();

    private static readonly XDocument UpdateSet = XDocument.Load(RepoPaths.Combine("manifest", "update_set", "snowchatops_update_set.xml"));

    private static readonly JsonObject Columns = JsonNode.Parse(File.ReadAllText(
        RepoPaths.Combine("manifest", "dictionary", "task_custom_fields.json")))!.AsObject();

    [Fact]
    public void Envelope_LikeARealExport_UnloadWithOneRemoteUpdateSet()
    {
        var root = UpdateSet.Root!;

        Assert.Equal(Str(Facts, "root"), root.Name.LocalName);
        Assert.Equal(Names(Facts["root_attributes"]), root.Attributes().Select(a => a.Name.LocalName));
        var header = Assert.Single(root.Elements(Str(Facts, "header_element")));
        Assert.Equal(Names(Facts["header_children"]), header.Elements().Select(e => e.Name.LocalName));
    }

    [Fact]
    public void EveryUpdate_ChildElements_AreThoseOfARealExportInOrder()
    {
        var expected = Names(Facts["update_children"]);

        Assert.All(Updates(), u => Assert.Equal(expected, u.Element.Elements().Select(e => e.Name.LocalName)));
    }

    [Fact]
    public void EveryUpdateOfATypeSeenInARealExport_PayloadHasTheSameShape()
    {
        var types = Facts["types"]!.AsObject();

        foreach (var update in Updates().Where(u => types.ContainsKey(u.Type)))
        {
            var example = types[update.Type]!["examples"]![0]!;
            var record = update.Record;
            Assert.True(Names(example["payload_root_attributes"]).SequenceEqual(Attributes(update.Payload.Root!)), $"{update.Name}: payload root attributes");
            Assert.Equal(Str(example, "record_element"), record.Name.LocalName);
            Assert.True(Attributes(record).ToHashSet().SetEquals(Names(example["record_attributes"]).Where(a => a != "version")), $"{update.Name}: record attributes");
            if (example["first_child"]?.GetValue<string>() is { } nested && nested == record.Name.LocalName)
            {
                Assert.Equal(nested, record.Elements().First().Name.LocalName);
            }
        }
    }

    [Fact]
    public void EveryUpdate_Name_FollowsTheExportNamingOfItsType()
    {
        foreach (var update in Updates())
        {
            var record = update.Record;
            var expected = update.Type switch
            {
                "Dictionary" => $"sys_dictionary_{Attr(record, "table")}_{Attr(record, "element")}",
                "Field Label" => $"sys_documentation_{Attr(record, "table")}_{Attr(record, "element")}_{Attr(record, "language")}",
                "Choice list" => $"sys_choice_{Attr(record, "table")}_{Attr(record, "field")}",
                _ => $"{record.Name.LocalName}_{record.Element("sys_id")!.Value}",
            };
            Assert.Equal(expected, update.Name);
            if (update.Type is "Dictionary" or "Field Label" or "Choice list")
            {
                Assert.Equal(Attr(record, "table"), update.Element.Element("table")!.Value);
            }
        }
    }

    [Fact]
    public void Columns_EachHasOneDictionaryEntryOneFieldLabelAndOnePackedChoiceList()
    {
        var updates = Updates();

        foreach (var column in Columns["columns"]!.AsArray())
        {
            var element = Str(column, "element");
            Assert.Single(updates, u => u.Name == $"sys_dictionary_task_{element}" && u.Type == "Dictionary");
            Assert.Single(updates, u => u.Name == $"sys_documentation_task_{element}_en" && u.Type == "Field Label");
            var choices = column!["choices"]?.AsArray().Select(c => c!.GetValue<string>()).ToList() ?? [];
            var lists = updates.Where(u => u.Type == "Choice list" && u.Name == $"sys_choice_task_{element}").ToList();
            Assert.Equal(choices.Count == 0 ? 0 : 1, lists.Count);
            Assert.Equal(choices, lists.SelectMany(l => l.Record.Elements("sys_choice")).Select(c => c.Element("value")!.Value));
        }
    }

    [Fact]
    public void UpdateSet_CarriesRoleAclsPropertiesAndBusinessRule()
    {
        var types = Updates().Select(u => u.Type).ToHashSet();

        Assert.Superset(new HashSet<string> { "Role", "Access Control", "Access Roles", "Dictionary", "Field Label", "Choice list", "System Property", "Business Rule" }, types);
        Assert.DoesNotContain(Updates(), u => u.Payload.ToString().Contains("webhook_secret", StringComparison.Ordinal));
    }

    private static List<Update> Updates() =>
    [
        .. UpdateSet.Root!.Elements(Str(Facts, "update_element")).Select(e => new Update(
            e, e.Element("name")!.Value, e.Element("type")!.Value, XDocument.Parse(e.Element("payload")!.Value))),
    ];

    private static IEnumerable<string> Names(JsonNode? array) => array!.AsArray().Select(n => n!.GetValue<string>());

    private static IEnumerable<string> Attributes(XElement element) => element.Attributes().Select(a => a.Name.LocalName).Order(StringComparer.Ordinal);

    private static string Attr(XElement element, string name) => element.Attribute(name)!.Value;

    private static string Str(JsonNode? node, string key) => node![key]!.GetValue<string>();

    private sealed record Update(XElement Element, string Name, string Type, XDocument Payload)
    {
        public XElement Record => Payload.Root!.Elements().First();
    }
}
