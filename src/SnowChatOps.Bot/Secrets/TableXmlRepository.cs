using System.Xml.Linq;
using Azure.Data.Tables;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace SnowChatOps.Bot.Secrets;

/// <summary>
/// The Data Protection key ring in Table Storage, so every bot instance (and every restart) can read secrets the
/// others wrote. PartitionKey = "keys", RowKey = the key's friendly name (its id). Data Protection calls this
/// synchronously and rarely (start-up and key rotation), hence the sync Table calls.
/// </summary>
internal sealed class TableXmlRepository(TableClient table) : IXmlRepository
{
    public const string TableName = "DataProtectionKeys";
    private const string Partition = "keys";
    // PublicationOnly: a failed creation (storage down at start-up) is not cached, so the key ring loads as soon as
    // storage is back instead of replaying the first fault until a restart. Creating twice is harmless.
    private readonly Lazy<TableClient> ready = new(() =>
    {
        table.CreateIfNotExists();
        return table;
    }, LazyThreadSafetyMode.PublicationOnly);

    public IReadOnlyCollection<XElement> GetAllElements()
        => ready.Value.Query<TableEntity>(e => e.PartitionKey == Partition)
            .Select(e => XElement.Parse(e.GetString("Xml")!))
            .ToList();

    public void StoreElement(XElement element, string friendlyName)
    {
        var entity = new TableEntity(Partition, Storage.TableKey.Escape(friendlyName))
        {
            ["Xml"] = element.ToString(SaveOptions.DisableFormatting),
        };
        ready.Value.AddEntity(entity);
    }
}
