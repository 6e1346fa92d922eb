namespace TextNorm.Boilerplate;

/// <summary>
/// The vocabulary of Chinese news-page furniture, kept apart from the matching logic. Everything is Simplified
/// (conversion runs before this step) and in the full-width punctuation the text steps produce; the matchers also
/// accept the half-width forms. Add words here, not in the code.
/// </summary>
internal static class BoilerplateData
{
    // ---- Field labels of dateline, byline and editor lines ("标签：值") -------------------------------------------

    /// <summary>Labels whose value is (or sits next to) the publication time.</summary>
    public static readonly string[] PublishedLabels =
    [
        "发布时间", "发表时间", "发布日期", "发表日期", "更新时间", "更新日期", "时间", "日期", "刊发时间", "出版日期", "稿件日期",
    ];

    /// <summary>Labels whose value names the publisher.</summary>
    public static readonly string[] SourceLabels =
    [
        "来源", "稿源", "新闻来源", "信息来源", "文章来源", "本文来源", "消息来源", "出处", "来自", "转自", "转载自", "稿件来源", "内容来源",
    ];

    /// <summary>Labels whose value names the authors (a byline).</summary>
    public static readonly string[] AuthorLabels =
    [
        "作者", "文", "文/图", "图/文", "文图", "图文", "撰文", "撰稿", "撰稿人", "记者", "本报记者", "本网记者", "本台记者", "特约记者",
        "见习记者", "实习记者", "首席记者", "全媒体记者", "融媒体记者", "通讯员", "本报通讯员", "特约通讯员", "实习生", "口述", "整理",
        "采写", "采访", "执笔", "编译", "翻译", "报道",
    ];

    /// <summary>Labels whose value names editors, reviewers and producers.</summary>
    public static readonly string[] EditorLabels =
    [
        "责任编辑", "责编", "编辑", "图片编辑", "图编", "总编辑", "网络编辑", "网站编辑", "值班编辑", "本版编辑", "栏目编辑", "新媒体编辑", "文字编辑", "美编", "美术编辑",
        "审核", "审校", "审稿", "审签", "校对", "校审", "监制", "出品", "出品人", "制片人", "编审", "初审", "二审", "三审", "复审", "终审",
        "主编", "副主编", "总编", "签发", "策划", "统筹", "编导", "制作", "设计", "视频编辑", "责任校对",
    ];

    /// <summary>Labels of photo credits; their names are not article authors.</summary>
    public static readonly string[] PhotoLabels = ["图", "摄影", "摄", "供图", "图片", "摄像", "视频", "配图", "图片来源", "图源", "题图", "封面图"];

    /// <summary>Labels of counters (their value is a number).</summary>
    public static readonly string[] CounterLabels =
    [
        "浏览", "浏览次数", "浏览量", "阅读", "阅读数", "阅读量", "阅读次数", "点击", "点击数", "点击量", "点击率", "访问量", "访问次数",
        "评论", "评论数", "参与", "人气", "热度", "点赞", "赞", "转发", "收藏", "分享",
    ];

    /// <summary>Labels of font-size and similar controls (their value is a few widget words).</summary>
    public static readonly string[] WidgetLabels = ["字号", "字体", "字体大小", "分享到", "分享", "打印", "背景色"];

    // ---- Widget words ------------------------------------------------------------------------------------------

    /// <summary>Words that make up share, print, font-size and feedback widgets when a line holds nothing else.</summary>
    public static readonly string[] WidgetWords =
    [
        "分享", "分享到", "分享至", "打印", "打印本页", "打印此文", "打印文章", "打印本文", "关闭", "关闭窗口", "关闭本页", "收藏", "收藏本文",
        "加入收藏", "纠错", "我要纠错", "举报", "返回顶部", "回到顶部", "返回首页", "返回", "顶部", "字号", "字体", "大", "中", "小", "默认",
        "大字", "中字", "小字", "大字号", "中字号", "小字号", "默认字号", "放大", "缩小", "A+", "A-", "A", "复制链接", "复制网址", "微信", "微博", "新浪微博", "腾讯微博", "QQ空间", "QQ好友",
        "QQ", "朋友圈", "微信好友", "豆瓣", "人人网", "开心网", "百度", "今日头条", "更多", "扫一扫", "手机看", "手机阅读", "用手机看", "评论",
        "写评论", "发表评论", "我要评论", "反馈", "意见反馈", "点赞", "赞", "踩", "顶", "推荐", "转发", "听新闻", "朗读", "语音播报", "保存", "下载", "全文",
        "阅读全文", "展开全文", "收起", "繁体", "简体", "繁", "简", "English", "分享到微信", "分享到微博", "邮件", "E-mail", "email", "Email",
        "打印本稿", "关闭本稿", "收藏本稿", "【", "】", "网友评论", "评论区", "全部评论", "查看全部评论", "热门评论", "最新评论", "发表",
        "登录后评论", "参与互动", "参与讨论", "返回列表", "返回上一页", "返回目录", "星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日", "星期天",
    ];

    /// <summary>Phrases that open a widget line even when more follows (<c>扫一扫在手机打开当前页</c>).</summary>
    public static readonly string[] WidgetLeads =
    [
        "分享到", "分享至", "分享给", "扫一扫", "扫描二维码", "打印本页", "关闭窗口", "【纠错】", "【打印】", "【关闭】", "我要纠错", "返回顶部",
        "用手机扫描", "手机扫描二维码", "微信扫一扫", "微信扫描", "用微信扫", "手机看新闻", "在手机上阅读", "在手机打开", "字号：", "字体：",
        "【字号", "【字体", "【大", "分享让更多人看到", "返回搜狐", "查看更多", "【我要纠错】", "【收藏】", "【打印此文】", "【关闭窗口】",
    ];

    /// <summary>Reaction-widget moods (<c>• 微笑 • 流汗</c>).</summary>
    public static readonly string[] ReactionWords =
    [
        "微笑", "流汗", "难过", "羡慕", "愤怒", "流泪", "开心", "高兴", "感动", "同情", "搞笑", "好笑", "无聊", "震惊", "惊讶", "惊奇", "新奇",
        "不爽", "伤心", "悲伤", "难受", "郁闷", "点赞", "鄙视", "支持", "反对", "担忧", "期待", "恶心", "愤慨", "思考", "无语", "晕", "囧",
        "可怕", "害怕", "骄傲", "欣慰", "生气", "愉快", "喜欢", "超赞", "雷人", "路过", "给力", "坑爹", "淡定", "围观", "好文", "好", "赞",
    ];

    /// <summary>Prompts above a reaction widget.</summary>
    public static readonly string[] ReactionPrompts = ["您此刻的心情", "你此刻的心情", "您看完此文", "你看完此文", "看完此文", "读完此文", "看了这篇文章", "读完这篇文章", "我要表态", "心情指数", "我来说两句"];

    /// <summary>Phrases of comment and read counters (<c>已有0人参与</c>, <c>共12条评论</c>).</summary>
    public static readonly string[] CounterPhrases = ["人参与", "条评论", "人评论", "次浏览", "人浏览", "人阅读", "人已读", "人点赞", "人收藏", "次播放", "次阅读", "阅读量", "浏览量", "播放量", "评论数", "点赞数", "跟贴", "跟帖"];

    /// <summary>Labels of the poster's location that portals print under the headline (<c>发布于：安徽省</c>, <c>IP属地：浙江</c>).</summary>
    public static readonly string[] LocationLabels = ["发布于", "IP属地", "IP 属地", "ip属地"];

    /// <summary>Headings that introduce a list of links to other articles.</summary>
    public static readonly string[] RelatedHeadings =
    [
        "相关新闻", "相关阅读", "相关链接", "相关报道", "相关文章", "相关稿件", "相关推荐", "相关专题", "推荐阅读", "延伸阅读", "扩展阅读",
        "热点推荐", "热门推荐", "精彩推荐", "编辑推荐", "今日推荐", "为你推荐", "为您推荐", "猜你喜欢", "你可能还喜欢", "您可能感兴趣",
        "更多精彩", "更多阅读", "更多新闻", "往期回顾", "往期精彩", "往期推荐", "往期文章", "历史文章", "热门文章", "热门新闻", "热点新闻", "热门阅读", "阅读排行", "点击排行",
        "排行榜", "最新新闻", "最新文章", "精彩图片", "图片新闻", "热点专题", "相关视频", "热门视频", "专题推荐", "看了本文的人还看了",
    ];

    /// <summary>Copyright and reprint notices: a line that opens with one of these is a notice.</summary>
    public static readonly string[] CopyrightLeads =
    [
        "版权声明", "免责声明", "版权所有", "版权说明", "版权归本", "版权归原作者", "版权归属原作者", "声明：", "郑重声明", "特别声明", "法律声明", "Copyright", "copyright",
        "COPYRIGHT", "©", "(c)", "（c）", "本文版权", "本网站版权", "本站声明", "来源说明", "转载声明", "稿件声明", "凡本网注明",
        "凡注明", "本网注明", "本文为", "本文系", "本稿件", "未经授权", "未经许可", "未经书面授权", "未经本网授权", "未经本站授权",
        "未经允许", "如需转载", "转载请", "欢迎转载", "本文转载自", "本文仅代表作者", "文章仅代表作者", "本文观点", "本文内容",
    ];

    /// <summary>Phrases that make a line a reprint or copyright notice wherever they sit in it (a news sentence about copyright uses other words).</summary>
    public static readonly string[] NoticePhrases =
    [
        "不得转载", "禁止转载", "谢绝转载", "严禁转载", "不得转发", "未经许可不得", "未经授权不得", "未经书面授权", "违者必究", "依法追究",
        "追究其法律责任", "追究法律责任", "联系删除", "请联系我们删除", "转载请注明", "请注明出处", "请注明来源", "版权归原作者", "版权归本",
        "版权所有", "不代表本网观点", "不代表本站观点", "不代表本平台观点", "仅代表作者本人观点", "仅代表作者观点", "仅供参考",
    ];

    /// <summary>Share targets and app-promotion targets.</summary>
    public static readonly string[] PromotionTargets = ["客户端", "APP", "App", "app", "公众号", "二维码", "小程序", "视频号", "抖音号", "官方微博", "官方微信", "手机版", "新闻端"];

    /// <summary>How account articles ask for a follow, a star or a "在看" (<c>点击上方蓝字关注我们</c>, <c>点个在看</c>).</summary>
    public static readonly string[] AccountPrompts = ["点击上方", "点上方", "点击蓝字", "点个在看", "点亮在看", "点赞在看", "分享点赞在看", "设为星标", "星标我们"];

    /// <summary>Verbs of an app promotion.</summary>
    public static readonly string[] PromotionVerbs = ["下载", "尽在", "打开", "扫码", "扫描", "关注", "安装", "识别", "长按", "点击", "登录", "订阅", "进入", "查看", "使用"];

    /// <summary>Video player text and video labels.</summary>
    public static readonly string[] PlayerText =
    [
        "视频加载中", "正在加载", "加载中", "您的浏览器不支持", "你的浏览器不支持", "请升级浏览器", "请使用Chrome", "点击播放", "播放视频",
        "重新播放", "视频播放", "当前浏览器不支持", "建议使用最新版", "Your browser does not support", "下一个视频", "自动播放",
    ];

    /// <summary>Words of site banners, headers and footers.</summary>
    public static readonly string[] BannerWords =
    [
        "官方网站", "官网", "新闻网站", "中央新闻网站", "重点新闻网站", "稿源单位", "门户网站", "主流媒体", "网站导航", "设为首页", "加入收藏",
        "收藏本站", "手机版", "移动版", "无障碍", "登录", "注册", "退出", "网站地图", "站内搜索", "搜索", "客户端下载", "订阅", "邮箱",
        "RSS", "English", "繁体版", "简体版", "繁體", "简体中文", "欢迎访问", "欢迎您", "今天是", "首页", "新闻中心", "网站首页", "返回首页",
        "个人中心", "会员", "投稿", "我要投稿", "申请入驻", "入驻", "读者来信", "帮助", "网上举报", "数字报", "电子版", "手机报",
    ];

    /// <summary>Words of site footers (licences, organisers, contact links).</summary>
    public static readonly string[] SiteInfoWords =
    [
        "ICP", "公网安备", "网安备", "备案号", "许可证号", "许可证编号", "网站标识码", "主办单位", "主办：", "承办单位", "承办：", "协办单位",
        "技术支持：", "技术支持单位", "运营单位", "运营：", "维护：", "联系我们", "关于我们", "网站地图", "法律声明", "隐私政策", "服务条款",
        "广告服务", "广告合作", "诚聘英才", "意见反馈", "举报电话", "举报邮箱", "违法和不良信息", "不良信息举报", "投稿邮箱", "All Rights Reserved",
        "All rights reserved", "网络文化经营许可", "信息网络传播视听", "新闻信息服务许可", "增值电信业务", "出版物经营许可", "报料", "爆料",
        "新闻热线", "热线电话",
    ];

    /// <summary>Channel names that navigation menus are made of.</summary>
    public static readonly string[] ChannelWords =
    [
        "首页", "网站首页", "新闻", "要闻", "时政", "国内", "国际", "社会", "财经", "经济", "金融", "股票", "基金", "理财", "科技", "数码", "手机",
        "体育", "娱乐", "汽车", "房产", "家居", "教育", "健康", "旅游", "文化", "历史", "军事", "评论", "观点", "图片", "视频", "直播", "专题",
        "博客", "论坛", "微博", "女性", "时尚", "游戏", "读书", "公益", "法治", "政务", "地方", "本地", "区县", "县区", "民生", "部门", "乡镇",
        "理论", "党建", "English", "更多", "综合", "产经", "创投", "生活", "美食", "亲子", "育儿", "星座", "彩票", "天气", "公告", "通知",
        "动态", "资讯", "快讯", "头条", "热点", "原创", "独家", "深度", "调查", "图集", "音频", "访谈", "人事", "反腐", "环保", "农业", "三农",
        "区域", "省内", "市内", "县内", "全国", "海外", "港澳", "台湾", "两岸", "华人", "留学", "健康", "医疗", "法律", "书画", "艺术", "影视",
        "音乐", "明星", "电影", "电视", "综艺", "互联网", "IT", "通信", "能源", "环境", "交通", "城建", "招聘", "人才", "就业", "政府", "政策",
        "解读", "政协", "人大", "纪检", "网评", "社区", "互动", "问政", "服务", "数据", "正文", "中国", "世界", "本网", "滚动", "即时",
    ];

    /// <summary>Section labels that are not channel words of menus (<see cref="ChannelWords"/> are labels too).</summary>
    public static readonly string[] SectionLabels = ["港闻", "澳闻", "即时", "本港", "大陆", "国内外", "中港台", "地方新闻", "要闻速递"];

    /// <summary>Channel words that can be the whole title of a document (a notice called 通知), never taken as labels.</summary>
    public static readonly string[] TitleWords = ["公告", "通知", "中国", "世界", "正文", "数据", "服务", "互动", "政府", "政策", "解读", "访谈", "调查", "更多"];

    /// <summary>Labels of the tag list under an article.</summary>
    public static readonly string[] TagLabels = ["关键词", "关键字", "相关字词", "相关标签", "相关词", "标签", "Tags", "Tag"];

    /// <summary>Location markers that open a breadcrumb line.</summary>
    public static readonly string[] LocationLeads =
    [
        "当前位置", "您现在的位置", "你现在的位置", "您当前的位置", "你当前的位置", "您的位置", "你的位置", "所在位置", "现在位置", "当前的位置",
        "位置：", "位置:",
    ];

    /// <summary>Separators of breadcrumbs.</summary>
    public const string BreadcrumbSeparators = ">＞»›→〉>";

    /// <summary>Separators of menus.</summary>
    public const string MenuSeparators = "|｜丨┊│/／·•";

    /// <summary>Pagination and previous/next words.</summary>
    public static readonly string[] PaginationWords =
    [
        "上一页", "下一页", "首页", "尾页", "末页", "共", "页", "第", "上一篇", "下一篇", "上一条", "下一条", "前一页", "后一页", "全文阅读",
        "单页阅读", "余下全文", "查看全文", "<<", ">>", "«", "»", "…", "...", "【", "】", "[", "]",
    ];

    /// <summary>Labels that open a previous/next-article line (<c>上一篇：…</c>).</summary>
    public static readonly string[] PrevNextLeads = ["上一篇", "下一篇", "上一条", "下一条", "上篇", "下篇", "前一篇", "后一篇"];

    /// <summary>End marks of an article (a whole line, or a bracket at the end of the last paragraph).</summary>
    public static readonly string[] EndMarks = ["完", "全文完", "全文结束", "本文完", "END", "End", "end", "终", "结束"];

    /// <summary>Caption and photo-credit words.</summary>
    public static readonly string[] CaptionLabels = ["资料图", "资料图片", "资料照片", "图片", "配图", "示意图", "效果图", "截图", "网络图片", "视频截图", "图片来自网络", "图片来源于网络"];

    /// <summary>Markers that open a picture caption (<c>▲…</c>).</summary>
    public const string CaptionMarkers = "▲△▼▽↑↓";

    /// <summary>Bullets of widget and reaction lists.</summary>
    public const string Bullets = "•·●○◆◇■□★☆▪▫◦∙-—*";

    /// <summary>Words that end the name of a publisher (<c>临汾新闻网</c>, <c>新华社</c>, <c>人民日报</c>).</summary>
    public static readonly string[] PublisherSuffixes =
    [
        "网", "报", "社", "台", "刊", "新闻", "客户端", "杂志", "周刊", "日报", "晚报", "时报", "晨报", "在线", "融媒", "融媒体", "融媒体中心",
        "传媒", "电视", "广播", "频道", "之声", "公众号", "资讯",
    ];

    /// <summary>Words that end the name of a site's section on a banner line (<c>中国经济论坛</c>).</summary>
    public static readonly string[] SiteSectionSuffixes = ["论坛", "频道", "网站", "社区", "博客", "客户端", "专栏", "官微", "数字报"];

    /// <summary>Lead credits that name no publisher (<c>本报讯</c>).</summary>
    public static readonly string[] AnonymousPublishers = ["本报", "本网", "本台", "本刊", "本站", "我台", "我报", "我网", "本社", "据本报", "据本网", "本报综合"];

    /// <summary>Words that never are a person's name, though they may sit in a byline or a trailing bracket.</summary>
    public static readonly string[] NotNames =
    [
        "报道", "摄", "摄影", "供图", "整理", "综合", "编译", "编辑", "图", "文", "记者", "通讯员", "实习生", "本报", "本网", "作者", "来源",
        "节选", "待续", "未完", "完", "续", "全文", "摘要", "有删节", "有删改", "原文", "译文", "注", "图片", "视频", "专稿", "特稿", "独家",
        "原创", "首发", "连载", "上", "中", "下", "之一", "之二", "之三", "一", "二", "三", "四", "五", "附件", "附图", "附表", "等", "联合",
    ];

    /// <summary>Common single-character surnames (Simplified): a bare bracketed name must start with one.</summary>
    public const string SingleSurnames =
        "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖萧田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫严段雷侯龙史陶黎贺顾毛郝龚邵万钱覃武戴孔汤庞樊兰殷施洪翟安颜倪牛温芦季俞章鲁葛伍申尤毕聂柴焦向柳邢岳齐梅莫庄辛管祝左涂谷祁时舒耿牟卜路詹关苗凌费纪靳盛童欧甄项曲成游阳裴席卫查屈鲍位霍翁隋植甘景薄单包司柏宁柯阮桂闵解强华车冉房边辜吉饶刁瞿戚丘古米池滕晋苑邬臧畅宫来嵺苟全褚廉简娄盖符奚木穆党燕郎邸冀谈姬屠连郁晏栾郜蔺尚应卓农云和仇昌巩尉宗栗揭佟桑丛蒲双但励蓝鞠储仲荣闻乔易冷卞楚艾沙敖钮贝原都糜蒙亓银凤巫晁麦达雍邝骆竺阎贠亢仝郄暴续弓茹师雒相支巨库南权商淡宿闪冶芮於明信帅衡麻牧敬荆宣门满伊竹东杭那惠智扈秘佘官生乐虞喻邰邴禹郦阚鄢逯别过言厉寇綦骞訾冼区封井国习母沃苍索咸籍赖蔚利祖鲜";

    /// <summary>Compound surnames.</summary>
    public static readonly string[] CompoundSurnames =
    [
        "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒", "夏侯", "轩辕", "令狐", "端木", "独孤",
        "南宫", "西门", "百里", "呼延", "东郭", "万俟", "闻人", "澹台", "公冶", "太史", "申屠", "钟离", "赫连",
    ];
}
