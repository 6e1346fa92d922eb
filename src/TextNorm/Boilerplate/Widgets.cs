namespace TextNorm.Boilerplate;

/// <summary>Lookups of the widget and reaction vocabulary.</summary>
internal static class Widgets
{
    private static readonly HashSet<string> WidgetWords = new(BoilerplateData.WidgetWords, StringComparer.Ordinal);
    private static readonly HashSet<string> ReactionWords = new(BoilerplateData.ReactionWords, StringComparer.Ordinal);
    private static readonly HashSet<string> ChannelWords = new(BoilerplateData.ChannelWords, StringComparer.Ordinal);

    /// <summary>A share, print, font-size or feedback word (<c>打印</c>, <c>分享到</c>, <c>大</c>), with or without its brackets or a trailing colon.</summary>
    public static bool IsWidgetWord(ReadOnlySpan<char> token)
    {
        token = token.Trim("【】[]〔〕：:");
        return token.IsEmpty || (token.Length <= 8 && WidgetWords.Contains(token.ToString()));
    }

    public static bool IsReactionWord(ReadOnlySpan<char> token) => token.Length <= 4 && ReactionWords.Contains(token.ToString());

    public static bool IsChannelWord(ReadOnlySpan<char> token) => token.Length <= 6 && ChannelWords.Contains(token.ToString());
}
