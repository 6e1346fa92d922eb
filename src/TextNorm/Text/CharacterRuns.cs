using System.Buffers;
using TextNorm.Pipeline;

namespace TextNorm.Text;

/// <summary>
/// Rewrites each run of characters of one set, one character for one (the text keeps its length), and records each run
/// once (<c>ＧＤＰ</c> → <c>GDP</c> is one change). For steps that map single characters, such as full-width letters.
/// </summary>
internal static class CharacterRuns
{
    /// <param name="text">The text.</param>
    /// <param name="first">The index of the first member of <paramref name="members"/> in <paramref name="text"/>.</param>
    /// <param name="members">The characters to replace.</param>
    /// <param name="map">The replacement of each member; called only for members.</param>
    /// <param name="kind">The change kind recorded for each run.</param>
    /// <param name="context">Where the changes are recorded.</param>
    public static string Replace(string text, int first, SearchValues<char> members, Func<char, char> map, string kind, StepContext context) =>
        string.Create(text.Length, (text, first, members, map, kind, context), static (output, state) =>
        {
            var (source, i, members, map, kind, context) = state;
            source.AsSpan().CopyTo(output);
            while (i >= 0)
            {
                var runEnd = i;
                while (runEnd < output.Length && members.Contains(output[runEnd]))
                {
                    output[runEnd] = map(output[runEnd]);
                    runEnd++;
                }
                context.Changes.Record(kind, i, source.AsSpan(i, runEnd - i), output[i..runEnd]);
                var rest = output[runEnd..].IndexOfAny(members);
                i = rest < 0 ? -1 : runEnd + rest;
            }
        });
}
