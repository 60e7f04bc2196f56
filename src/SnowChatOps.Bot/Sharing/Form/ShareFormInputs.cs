namespace SnowChatOps.Bot.Sharing.Form;

/// <summary>Input ids of the ticket form (the keys its submit carries back).</summary>
internal static class ShareFormInputs
{
    public const string Name = "name";
    public const string Description = "description";
    public const string Priority = "priority";
    public const string DueDate = "dueDate";
    public const string Type = "type";
    public const string Source = "source";
    public const string Category = "category";

    public const int NameMaxLength = 160;
    public const int DescriptionMaxLength = 4000;
    public const string DateFormat = "yyyy-MM-dd";
}
