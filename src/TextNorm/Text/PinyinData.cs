namespace TextNorm.Text;

/// <summary>
/// Data for recognizing pinyin annotations (spec rule 9): the Hanyu Pinyin syllable inventory as an
/// initial × final table, the tone-marked letters, and the English words that also spell valid pinyin.
/// </summary>
internal static class PinyinData
{
    /// <summary>
    /// Every standard syllable, one line per initial: <c>initial: finals</c> (<c>-</c> is the empty initial, <c>v</c>
    /// writes <c>ü</c>). Spelling follows the standard orthography (<c>yi</c>, <c>wu</c>, <c>yu</c>, <c>jue</c>, <c>lüe</c>…).
    /// </summary>
    public const string SyllableTable = """
        -: a o e ai ei ao ou an en ang eng er yi ya yo ye yao you yan yin yang ying yong wu wa wo wai wei wan wen wang weng yu yue yuan yun
        b: a o ai ei ao an en ang eng i ie iao ian in ing u
        p: a o ai ei ao ou an en ang eng i ie iao ian in ing u
        m: a o e ai ei ao ou an en ang eng i ie iao iu ian in ing u
        f: a o ei ou an en ang eng u iao
        d: a e ai ei ao ou an en ang eng ong i ia ie iao iu ian ing u uo ui uan un
        t: a e ai ei ao ou an ang eng ong i ie iao ian ing u uo ui uan un
        n: a e ai ei ao ou an en ang eng ong i ie iao iu ian in iang ing u uo uan un v ve
        l: a o e ai ei ao ou an ang eng ong i ia ie iao iu ian in iang ing u uo uan un v ve
        g: a e ai ei ao ou an en ang eng ong u ua uo uai ui uan un uang
        k: a e ai ei ao ou an en ang eng ong u ua uo uai ui uan un uang
        h: a e ai ei ao ou an en ang eng ong u ua uo uai ui uan un uang
        j: i ia ie iao iu ian in iang ing iong u ue uan un
        q: i ia ie iao iu ian in iang ing iong u ue uan un
        x: i ia ie iao iu ian in iang ing iong u ue uan un
        zh: a e i ai ei ao ou an en ang eng ong u ua uo uai ui uan un uang
        ch: a e i ai ao ou an en ang eng ong u ua uo uai ui uan un uang
        sh: a e i ai ei ao ou an en ang eng u ua uo uai ui uan un uang
        r: a e i ao ou an en ang eng ong u ua uo ui uan un
        z: a e i ai ei ao ou an en ang eng ong u uo ui uan un
        c: a e i ai ao ou an en ang eng ong u uo ui uan un
        s: a e i ai ao ou an en ang eng ong u uo ui uan un
        """;

    /// <summary>Interjection syllables (<c>ḿ</c>, <c>ň</c>, <c>hng</c>, <c>ê</c>…): accepted only with a tone mark, since bare <c>m</c> or <c>n</c> is more likely a label or a unit.</summary>
    public const string ToneOnlySyllables = "m n ng hm hng";

    /// <summary>Tone-marked letters and what they stand for: the letter (with <c>v</c> for <c>ü</c>) and whether it carries a tone.</summary>
    public static readonly (char Marked, char Base, bool Toned)[] Letters =
    [
        ('ā', 'a', true), ('á', 'a', true), ('ǎ', 'a', true), ('à', 'a', true),
        ('ē', 'e', true), ('é', 'e', true), ('ě', 'e', true), ('è', 'e', true),
        ('ī', 'i', true), ('í', 'i', true), ('ǐ', 'i', true), ('ì', 'i', true),
        ('ō', 'o', true), ('ó', 'o', true), ('ǒ', 'o', true), ('ò', 'o', true),
        ('ū', 'u', true), ('ú', 'u', true), ('ǔ', 'u', true), ('ù', 'u', true),
        ('ǖ', 'v', true), ('ǘ', 'v', true), ('ǚ', 'v', true), ('ǜ', 'v', true), ('ü', 'v', false),
        ('ê', 'e', false), ('ế', 'e', true), ('ề', 'e', true),
        ('ḿ', 'm', true), ('ń', 'n', true), ('ň', 'n', true), ('ǹ', 'n', true),
        // Pinyin typefaces use the single-storey a and the open-tail g.
        ('ɑ', 'a', false), ('ɡ', 'g', false),
    ];

    /// <summary>Combining tone marks (macron, acute, caron, grave) that may follow a letter in decomposed text.</summary>
    public const string CombiningToneMarks = "\u0304\u0301\u030C\u0300";

    /// <summary>Combining diaeresis: <c>u</c> + U+0308 is <c>ü</c>.</summary>
    public const char CombiningDiaeresis = '\u0308';

    /// <summary>
    /// Common English words that also split into toneless pinyin syllables (<c>see</c> = <c>se·e</c>, <c>change</c> =
    /// <c>chang·e</c>, <c>one</c> = <c>o·ne</c>). After a Han character such a word in parentheses is an English gloss
    /// (<c>零钱(change)</c>), so it is kept. A word that is itself one syllable (<c>fan</c>, <c>long</c>, <c>men</c>) is what
    /// spec rule 9 calls a reading and is removed; a tone mark always makes it pinyin.
    /// </summary>
    public const string EnglishWords = """
        see tea sea change chance lunge range line mine shine nine pine bone lone one cane lane mane pane sane wane gene
        panda banana china canada agenda gala manga mango tango bingo lingo yoga mega tuna anime manage garage
        """;
}
