using System.Text;
using TextNorm.Pipeline;
using TextNorm.Text;

namespace TextNorm.Boilerplate;

/// <summary>
/// Removes boilerplate and keeps its facts as metadata (spec rules 13–18). Position-aware:
/// <list type="number">
/// <item>the body starts at the first line of prose that no header rule claims; the lines above it are the header
/// (headline, kicker, dateline, navigation, banners);</item>
/// <item>the footer is read from the end upwards while lines are boilerplate (editor lines, notices, widgets,
/// counters, link lists under a <c>相关新闻</c> heading); the first line that is not ends the body;</item>
/// <item>inside the body only <see cref="BoilerplateStrength.Certain"/> rules fire, so a sentence with
/// <c>编辑</c>, <c>版权</c> or <c>责任</c> in it survives;</item>
/// <item>credits at the end of the last paragraph are cut off (<c>（陈健翔）</c>, <c>（张建华</c>).</item>
/// </list>
/// Every removed line or credit is recorded with its kind. Linear in the text length: each line is matched a bounded
/// number of times by rules that look at bounded prefixes.
/// </summary>
internal sealed class BoilerplateStep : ITextStep
{
    private readonly BoilerplateOptions _options;
    private readonly LineRule[] _rules;

    public BoilerplateStep(BoilerplateOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        var rules = new List<LineRule>();
        foreach (var user in options.Rules) rules.Add(ToLineRule(user));
        if (options.UseBuiltInRules) rules.AddRange(BuiltInRules.All);
        _rules = [.. rules];
    }

    public string Name => StepNames.Boilerplate;

    public string Apply(string text, StepContext context)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(context);
        var result = Analyze(text);
        context.Metadata = result.Metadata;
        if (result.Removals.Count == 0) return text;
        // Every line read as furniture and not one fact learnt from them (a lone 设计 or 编辑 taken for a role label):
        // removing them would lose the whole document for nothing, so it stays as it is.
        if (result.Metadata.IsEmpty && IsBlank(result.Text)) return text;
        foreach (var r in result.Removals)
            context.Changes.Record(r.Kind, r.Position, text.AsSpan(r.Position, r.Length), []);
        // Removing furniture can expose more: a trailing credit taken off leaves a caption or a line of dots last, which
        // a second normalization removed (not idempotent). Analyze the result again until nothing more goes: usually
        // once or twice more, but furniture can be stacked (credit after credit, line after line, each exposed by the
        // removal of the one after it), so the rounds go on up to a budget of analyzed text proportional to the
        // document (time stays linear; only a stack deeper than the budget allows is left for a later pass). The metadata is the first round's, read from the whole page, with facts only a later round found
        // filling its gaps: a later round that empties the document by taking a fact from it (a byline left alone once
        // an empty source line went) does what a second normalization would do.
        var current = result.Text;
        var metadata = result.Metadata;
        var budget = ReanalysisBudgetPerChar * (long)text.Length + ReanalysisBudgetFloor;
        for (long analyzed = current.Length; analyzed <= budget; analyzed += current.Length)
        {
            var again = Analyze(current);
            if (again.Removals.Count == 0 || (metadata.IsEmpty && again.Metadata.IsEmpty && IsBlank(again.Text))) break;
            foreach (var r in again.Removals)
                context.Changes.Record(r.Kind, r.Position, current.AsSpan(r.Position, r.Length), []);
            current = again.Text;
            metadata = FillGaps(metadata, again.Metadata);
        }
        context.Metadata = metadata;
        return current;
    }

    /// <summary>Re-analysis may read this many times the document's length, plus <see cref="ReanalysisBudgetFloor"/> characters.</summary>
    private const int ReanalysisBudgetPerChar = 16;

    /// <summary>Enough for short documents to settle any stack of furniture a page would plausibly have.</summary>
    private const int ReanalysisBudgetFloor = 64 * 1024;

    /// <summary><paramref name="first"/>, with the fields it lacks taken from <paramref name="later"/>.</summary>
    private static DocumentMetadata FillGaps(DocumentMetadata first, DocumentMetadata later) =>
        later.IsEmpty ? first : first with
        {
            Title = first.Title ?? later.Title,
            Published = first.Published ?? later.Published,
            Source = first.Source ?? later.Source,
            OriginalTitle = first.OriginalTitle ?? later.OriginalTitle,
            Authors = first.Authors.Count > 0 ? first.Authors : later.Authors,
            Editors = first.Editors.Count > 0 ? first.Editors : later.Editors,
        };

    private static bool IsBlank(string text) => text.AsSpan().IndexOfAnyExcept(BlankCharacters) < 0;

    private static readonly System.Buffers.SearchValues<char> BlankCharacters = System.Buffers.SearchValues.Create(" \t\u3000\r\n");

    /// <summary>A removed line or credit.</summary>
    internal readonly record struct Removal(string Kind, int Position, int Length);

    /// <summary>The outcome for one document.</summary>
    internal sealed record Outcome(string Text, DocumentMetadata Metadata, IReadOnlyList<Removal> Removals);

    private readonly record struct Line(int Start, int End, int ContentStart, int ContentEnd)
    {
        public int ContentLength => ContentEnd - ContentStart;
    }

    /// <summary>What happens to one line (a struct: one array per document instead of an object per line).</summary>
    private struct Decision
    {
        public LineFacts? Facts;
        public LineRule? Rule;
        public bool Removed;
        public string? Kind; // set whenever Removed is
    }

    internal Outcome Analyze(string text)
    {
        var lines = SplitLines(text);
        var n = lines.Count;
        var decisions = new Decision[n];
        ReadOnlySpan<char> Content(int i) => text.AsSpan(lines[i].ContentStart, lines[i].ContentLength);

        // 1. Header: up to the first unclaimed line of prose.
        var bodyStart = n;
        var previousRemoved = true;
        for (var i = 0; i < n; i++)
        {
            if (lines[i].ContentLength == 0) continue;
            var (rule, facts) = Match(Content(i), BoilerplateZones.Header, allowWeak: previousRemoved);
            if (rule is null && LineShape.IsProse(Content(i)))
            {
                bodyStart = i;
                break;
            }
            if (rule is not null) Remove(ref decisions[i], rule, facts!);
            previousRemoved = rule is not null;
        }

        // 2. Footer: from the end up while lines are boilerplate; link titles wait for a 相关新闻 heading above them.
        //    Then 5. credits at the end of the last paragraph. When what the credits leave of that paragraph is itself
        //    furniture as a last line (a byline left alone), the line goes and the footer scan goes on above it: what a
        //    second normalization would do, done now, so that stacked furniture settles in one pass (each line once).
        var bodyEnd = bodyStart; // index of the last body line (inclusive) when there is a body
        Dictionary<int, List<TrailingCredit.Credit>>? credits = null; // by line; most documents have none
        List<TrailingCredit.Credit>? CreditsOf(int i) => credits is not null && credits.TryGetValue(i, out var found) ? found : null;
        if (bodyStart < n)
        {
            var pending = new List<int>();
            var top = n - 1;
            while (true)
            {
                var lastKept = -1;
                previousRemoved = true;
                for (var i = top; i >= bodyStart; i--)
                {
                    if (lines[i].ContentLength == 0) continue;
                    var (rule, facts) = Match(Content(i), BoilerplateZones.Footer, allowWeak: previousRemoved);
                    if (rule is not null)
                    {
                        Remove(ref decisions[i], rule, facts!);
                        if (rule.Role == RuleRole.RelatedHeading)
                        {
                            foreach (var p in pending)
                            {
                                decisions[p].Removed = true;
                                decisions[p].Kind = BoilerplateKinds.Related;
                            }
                            pending.Clear();
                        }
                        previousRemoved = true;
                        continue;
                    }
                    if (i > bodyStart && IsLinkTitle(Content(i)))
                    {
                        pending.Add(i);
                        previousRemoved = false;
                        continue;
                    }
                    lastKept = i;
                    break;
                }
                bodyEnd = pending.Count > 0 ? pending[0] : lastKept >= 0 ? lastKept : bodyStart;
                if (decisions[bodyEnd].Removed || TrailingCredit.Find(Content(bodyEnd)) is not { } found) break;
                (credits ??= [])[bodyEnd] = found;
                if (pending.Count > 0 || bodyEnd == bodyStart) break;
                var rest = Content(bodyEnd)[..found[^1].Start].TrimEnd(" \u3000\t\r");
                var (restRule, restFacts) = Match(rest, BoilerplateZones.Footer, allowWeak: true);
                if (restRule is null) break;
                Remove(ref decisions[bodyEnd], restRule, restFacts!);
                top = bodyEnd - 1;
            }

            // 3. Body: only near-certain rules.
            for (var i = bodyStart + 1; i < bodyEnd; i++)
            {
                if (decisions[i].Removed || lines[i].ContentLength == 0) continue;
                var (rule, facts) = Match(Content(i), BoilerplateZones.Body, allowWeak: false);
                if (rule is not null) Remove(ref decisions[i], rule, facts!);
            }
        }

        // 4. Headline area: title, kicker, and unclaimed furniture above navigation.
        var title = FindTitle(text, lines, decisions, bodyStart, out var titleIndex);
        var anchor = -1;
        for (var i = 0; i < bodyStart; i++)
            if (decisions[i].Removed && decisions[i].Rule?.Role == RuleRole.HeaderAnchor) anchor = i;
        for (var i = 0; i < anchor; i++)
        {
            if (decisions[i].Removed || i == titleIndex || lines[i].ContentLength == 0) continue;
            // Above the navigation everything unclaimed is site furniture — unless it is the only headline we have.
            if (titleIndex >= 0 && titleIndex < i) continue;
            decisions[i].Removed = true;
            decisions[i].Kind = BoilerplateKinds.Banner;
        }

        // 6. Metadata, in order of appearance.
        var meta = new MetadataBuilder();
        meta.Title = title;
        for (var i = 0; i < n; i++)
        {
            if (i == bodyStart && !decisions[i].Removed && LeadCredit.TryParse(Content(i), out var lead)) meta.AddLead(lead);
            if (decisions[i].Removed && decisions[i].Facts is { } f && decisions[i].Rule is { } r) meta.Add(f, r.Yields);
            if (CreditsOf(i) is { } lineCredits)
                for (var c = lineCredits.Count - 1; c >= 0; c--) meta.Add(lineCredits[c].Facts);
        }

        // 7. The text without the removed lines.
        var removals = new List<Removal>();
        for (var i = 0; i < n; i++)
        {
            var lineCredits = CreditsOf(i);
            if (decisions[i].Removed)
                removals.Add(new Removal(decisions[i].Kind!, lines[i].ContentStart, lineCredits is null ? lines[i].ContentLength : lineCredits[^1].Start));
            if (lineCredits is not null)
                for (var c = lineCredits.Count - 1; c >= 0; c--)
                    removals.Add(new Removal(lineCredits[c].Facts.Kind, lines[i].ContentStart + lineCredits[c].Start, lineCredits[c].End - lineCredits[c].Start));
        }
        if (removals.Count == 0) return new Outcome(text, meta.Build(), removals);

        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < n; i++)
        {
            var line = lines[i];
            if (decisions[i].Removed || line.ContentLength == 0) continue;
            var end = line.End;
            if (CreditsOf(i) is { } lineCredits)
                end = line.ContentStart + lineCredits[^1].Start;
            if (sb.Length > 0) sb.Append('\n');
            sb.Append(text.AsSpan(line.Start, end - line.Start).TrimEnd(" \u3000\t\r"));
        }
        if (sb.Length > 0 && text.Length > 0 && text[^1] is '\n' or '\r') sb.Append('\n');
        return new Outcome(sb.ToString(), meta.Build(), removals);
    }

    private static void Remove(ref Decision d, LineRule rule, LineFacts facts)
    {
        d.Removed = true;
        d.Rule = rule;
        d.Facts = facts;
        d.Kind = string.IsNullOrEmpty(facts.Kind) ? rule.Kind : facts.Kind;
    }

    /// <summary>The first rule that may fire in <paramref name="zone"/> and matches the line.</summary>
    private (LineRule? Rule, LineFacts? Facts) Match(ReadOnlySpan<char> line, BoilerplateZones zone, bool allowWeak)
    {
        if (line.IsEmpty) return (null, null);
        foreach (var rule in _rules)
        {
            if ((rule.Zones & zone) == 0 || line.Length > rule.MaxLength) continue;
            if (zone == BoilerplateZones.Body && rule.Strength != BoilerplateStrength.Certain) continue;
            if (rule.Strength == BoilerplateStrength.Weak && !allowWeak) continue;
            if (rule.Match(line) is { } facts) return (rule, facts);
        }
        return (null, null);
    }

    /// <summary>A title in a list of links: short, not a sentence.</summary>
    private static bool IsLinkTitle(ReadOnlySpan<char> line) => line.Length <= 80 && !LineShape.IsProse(line);

    /// <summary>
    /// The headline is the last unclaimed line above the body (a subtitle <c>——记…</c> is skipped), if it is shaped
    /// like a headline, or the headline right above a dateline that separates it from an interview's first turn. Kicker
    /// lines above it stay in the text.
    /// </summary>
    private static string? FindTitle(string text, List<Line> lines, Decision[] decisions, int bodyStart, out int index)
    {
        index = -1;
        if (bodyStart == lines.Count && FirstOfShortLines(lines, decisions) is var first and >= 0)
        {
            // No prose at all (a poem, lyrics, a name list): the headline is the first of its short lines, not the last;
            // a poem's title may be two characters.
            var line = text.AsSpan(lines[first].ContentStart, lines[first].ContentLength);
            if (!LineShape.IsHeadline(line) && !LineShape.IsShortTitle(line)) return null;
            index = first;
            return line.ToString();
        }
        var i = bodyStart - 1;
        while (i >= 0 && (decisions[i].Removed || lines[i].ContentLength == 0)) i--;
        if (i < 0) return null;
        var candidate = text.AsSpan(lines[i].ContentStart, lines[i].ContentLength);
        if (LineShape.IsSubtitle(candidate))
        {
            var j = i - 1;
            while (j >= 0 && (decisions[j].Removed || lines[j].ContentLength == 0)) j--;
            if (j >= 0 && LineShape.IsHeadline(text.AsSpan(lines[j].ContentStart, lines[j].ContentLength)))
            {
                index = j;
                return text.Substring(lines[j].ContentStart, lines[j].ContentLength);
            }
        }
        // Headline, dateline, then an interview's first turn ("记者：…？", too short to count as prose): that turn is
        // not the headline when a headline stands right above the dateline.
        var k = LineShape.StartsWithSpeaker(candidate) ? i - 1 : -1;
        var dateline = false;
        while (k >= 0 && (decisions[k].Removed || lines[k].ContentLength == 0))
        {
            dateline |= decisions[k].Removed && decisions[k].Kind == BoilerplateKinds.Dateline && decisions[k].Facts?.Published is not null;
            k--;
        }
        if (dateline && k >= 0 && LineShape.IsHeadline(text.AsSpan(lines[k].ContentStart, lines[k].ContentLength)))
        {
            index = k;
            return text.Substring(lines[k].ContentStart, lines[k].ContentLength);
        }
        if (!LineShape.IsHeadline(candidate)) return null;
        index = i;
        return candidate.ToString();
    }

    /// <summary>The first line kept, when at least three are kept; otherwise -1.</summary>
    private static int FirstOfShortLines(List<Line> lines, Decision[] decisions)
    {
        int first = -1, kept = 0;
        for (var i = 0; i < lines.Count && kept < 3; i++)
        {
            if (decisions[i].Removed || lines[i].ContentLength == 0) continue;
            if (kept++ == 0) first = i;
        }
        return kept >= 3 ? first : -1;
    }

    private static List<Line> SplitLines(string text)
    {
        var lines = new List<Line>();
        var start = 0;
        while (start < text.Length)
        {
            var rel = text.AsSpan(start).IndexOfAny('\n', '\r');
            var nl = rel < 0 ? -1 : start + rel;
            var end = nl < 0 ? text.Length : nl;
            var cs = start;
            while (cs < end && CharClass.IsInlineSpace(text[cs])) cs++;
            var ce = end;
            while (ce > cs && CharClass.IsInlineSpace(text[ce - 1])) ce--;
            lines.Add(new Line(start, end, cs, ce));
            if (nl < 0) break;
            start = nl + 1;
            if (text[nl] == '\r' && start < text.Length && text[start] == '\n') start++;
        }
        return lines;
    }

    private static LineRule ToLineRule(BoilerplateRule user) =>
        new("user:" + user.Pattern, user.Kind, line =>
        {
            if (!user.TryMatch(line, out var value)) return null;
            var facts = LineFacts.Of(user.Kind);
            switch (user.Yields)
            {
                case MetadataField.Published:
                    facts.Published = DateTimeScanner.TryFind(value, out var d) ? d.Iso : null;
                    break;
                case MetadataField.Source when value.Length > 0:
                    facts.Source = value;
                    break;
                case MetadataField.Authors:
                    Names.TrySplit(value, facts.Authors, strict: false);
                    break;
                case MetadataField.Editors:
                    Names.TrySplit(value, facts.Editors, strict: false);
                    break;
                case MetadataField.OriginalTitle when value.Length > 0:
                    facts.OriginalTitle = value;
                    break;
            }
            return facts;
        }, user.Zones, user.Strength, YieldsOf(user.Yields), user.MaxLineLength);

    private static Yields YieldsOf(MetadataField field) => field switch
    {
        MetadataField.Published => Yields.Published,
        MetadataField.Source => Yields.Source,
        MetadataField.Authors => Yields.Authors,
        MetadataField.Editors => Yields.Editors,
        MetadataField.OriginalTitle => Yields.OriginalTitle,
        _ => Yields.None,
    };
}
