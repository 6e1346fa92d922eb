namespace TextNorm.Boilerplate;

/// <summary>
/// The change kinds the boilerplate step records (<see cref="TextChange.Kind"/>), one per kind of removed line
/// or credit. Every removal is recorded with its position and text, so an auditor sees exactly what went.
/// </summary>
public static class BoilerplateKinds
{
    /// <summary>Site banner, slogan or site-level furniture above the headline.</summary>
    public const string Banner = "boilerplate-banner";
    /// <summary>Channel or navigation menu, breadcrumb (<c>首页 &gt; 区域 &gt; 陕西 &gt; 正文</c>), <c>当前位置：</c>.</summary>
    public const string Navigation = "boilerplate-navigation";
    /// <summary>Dateline or source line (<c>2017-10-23 08:38:12 来源：临汾新闻网</c>, <c>来源：X 作者：Y</c>).</summary>
    public const string Dateline = "boilerplate-dateline";
    /// <summary>Byline on its own line (<c>记者 王小庚</c>, <c>文/图 张三</c>).</summary>
    public const string Byline = "boilerplate-byline";
    /// <summary>Author or source credit at the end of the last paragraph (<c>（陈健翔）</c>, unclosed <c>（张建华</c>).</summary>
    public const string TrailingCredit = "boilerplate-trailing-credit";
    /// <summary>Editor line (<c>责任编辑：吉政</c>, <c>（网络编辑：崔晓萌）</c>, <c>审核</c>, <c>校对</c>, <c>监制</c>).</summary>
    public const string Editor = "boilerplate-editor";
    /// <summary>Copyright, disclaimer or reprint notice.</summary>
    public const string Copyright = "boilerplate-copyright";
    /// <summary>Share, print, close, feedback or font-size widget.</summary>
    public const string Widget = "boilerplate-widget";
    /// <summary>Reaction widget (<c>• 微笑 • 流汗 …</c>).</summary>
    public const string Reaction = "boilerplate-reaction";
    /// <summary>Stray counter: a lone number, read/comment/like counts.</summary>
    public const string Counter = "boilerplate-counter";
    /// <summary><c>原标题：</c> line (kept as <see cref="DocumentMetadata.OriginalTitle"/>).</summary>
    public const string OriginalTitle = "boilerplate-original-title";
    /// <summary>Photo or video caption that is a label or a credit (<c>（记者 李明 摄）</c>, <c>图片来源：…</c>, <c>资料图</c>, <c>▲…</c>), player text.</summary>
    public const string Caption = "boilerplate-caption";
    /// <summary>App, account or QR-code promotion.</summary>
    public const string Promotion = "boilerplate-promotion";
    /// <summary>Pagination and previous/next article links.</summary>
    public const string Pagination = "boilerplate-pagination";
    /// <summary><c>相关新闻</c>/<c>推荐阅读</c> heading and the link list under it.</summary>
    public const string Related = "boilerplate-related";
    /// <summary>End mark (<c>（完）</c>, <c>【完】</c>).</summary>
    public const string EndMark = "boilerplate-end-mark";
    /// <summary>Site footer: ICP licence, organiser, contact, <c>关于我们</c> links.</summary>
    public const string SiteInfo = "boilerplate-site-info";
}
