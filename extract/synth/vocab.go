package synth

// The word lists the templates draw from. They are written for this
// generator; none is taken from an article.

// products are farm products and specialties (the object of 产业 for
// places, villages and cooperatives).
var products = []string{
	"银耳", "茶叶", "蜜瓜", "苹果", "柑橘", "猕猴桃", "花椒", "核桃", "食用菌", "中药材",
	"肉牛", "生猪", "小龙虾", "大米", "马铃薯", "辣椒", "蓝莓", "葡萄", "草莓", "脐橙",
	"香菇", "黑木耳", "蚕桑", "油茶", "竹笋", "黄花菜", "枸杞", "红枣", "人参", "牡丹",
	"肉羊", "奶牛", "大豆", "蔬菜", "花卉", "杨梅", "樱桃", "芒果", "荔枝", "百香果",
	"板栗", "山药", "生姜", "大蒜", "莲藕", "黄牛", "土鸡", "蜂蜜", "李子", "甜柿",
}

// industries are manufactured products (the object of 产业 for companies).
var industries = []string{
	"锂电池", "光伏组件", "电子元器件", "生物药品", "服装", "农机具", "乳制品", "预制菜",
	"碳纤维材料", "工业机器人", "汽车零部件", "绿色食品", "化工助剂", "家具", "新型建材", "医疗器械",
}

// industryWords name a company's trade inside its name, one per industry
// (the same index as industries).
var industryWords = []string{
	"新能源", "光伏", "电子", "生物", "纺织", "农机", "乳业", "食品",
	"新材料", "智能装备", "汽配", "绿色食品", "化工", "家居", "建材", "医疗器械",
}

// brands are two-character trade names.
var brands = []string{
	"鑫源", "华泰", "丰盛", "恒达", "瑞兴", "宏远", "金福", "德康", "绿润", "禾丰",
	"天成", "嘉禾", "盛世", "永信", "中科", "信达", "远航", "长青", "明珠", "新希",
	"佳乐", "富民", "鸿运", "晨光", "万邦", "聚源", "汇通", "正大", "安泰", "欣荣",
}

// companyEnds are the legal endings of company names.
var companyEnds = []string{"有限公司", "有限公司", "股份有限公司", "有限责任公司", "集团有限公司"}

// topics are fields of local work.
var topics = []string{
	"乡村振兴", "人居环境整治", "高标准农田建设", "基层党建", "营商环境优化", "安全生产",
	"防汛抗旱", "春耕备耕", "秋收秋种", "森林防火", "文旅融合", "民生实事", "教育均衡发展",
	"养老服务", "基层医疗卫生", "数字乡村建设", "农村公路建设", "生活污水治理", "招商引资",
	"重点项目建设", "矛盾纠纷化解", "耕地保护", "城市更新", "产业园区建设", "就业帮扶",
	"河湖长制", "冬季清雪", "消防安全", "食品安全", "老旧小区改造",
}

// countyDepts are government departments of a county or city.
var countyDepts = []string{
	"农业农村局", "文化和旅游局", "教育局", "住房和城乡建设局", "自然资源局", "交通运输局",
	"商务局", "卫生健康局", "水利局", "民政局", "人力资源和社会保障局", "市场监督管理局",
	"应急管理局", "林业局", "医疗保障局", "退役军人事务局",
}

// provinceDepts are departments of a provincial government.
var provinceDepts = []string{
	"农业农村厅", "文化和旅游厅", "商务厅", "科学技术厅", "教育厅", "交通运输厅", "水利厅", "民政厅",
}

// partyDepts are departments of a party committee.
var partyDepts = []string{"组织部", "宣传部", "统战部", "政法委"}

// banks are national banks that have county branches.
var banks = []string{"中国农业银行", "中国工商银行", "中国建设银行", "中国银行", "中国邮政储蓄银行"}

// academies are national academies whose members are 院士.
var academies = []string{"中国工程院", "中国科学院"}

// nationalBodies are national ministries and institutes.
var nationalBodies = []string{"农业农村部", "商务部", "科技部", "国家林业和草原局", "中国农业科学院", "国家发展改革委"}

// abroad are foreign countries with one of their cities.
var abroad = [][2]string{
	{"俄罗斯", "莫斯科"}, {"哈萨克斯坦", "阿拉木图"}, {"泰国", "曼谷"}, {"越南", "河内"},
	{"马来西亚", "吉隆坡"}, {"德国", "汉堡"}, {"阿联酋", "迪拜"}, {"日本", "大阪"},
	{"法国", "巴黎"}, {"意大利", "米兰"}, {"巴西", "圣保罗"}, {"印度尼西亚", "雅加达"},
	{"蒙古国", "乌兰巴托"}, {"西班牙", "马德里"}, {"埃及", "开罗"},
}

// sections are page sections of a newspaper.
var sections = []string{"要闻", "地方传真", "一线观察", "乡村振兴", "经济新闻", "民生", "综合新闻", "县域经济"}

// quotes are things people say in the stories; %s is not used, they stand
// alone inside quotation marks.
var quotes = []string{
	"现在日子越过越好，心里别提多高兴了",
	"我们将继续把群众的小事当成自己的大事来办",
	"下一步，我们要把这项工作抓实抓细，让群众得到更多实惠",
	"以前愁销路，现在订单多得做不完",
	"政策好，自己也得加把劲，日子才能越过越红火",
	"这些年村里变化太大了，路宽了，灯亮了，环境也美了",
	"我们坚持问题导向，哪里有短板就补哪里",
	"企业发展离不开良好的营商环境，这几年服务越来越贴心了",
	"合作社统一技术、统一收购，社员心里踏实",
	"我们要把好产品卖出好价钱，让农户多分红",
	"这次培训讲得实在，回去马上就能用上",
	"项目投产后，预计可带动周边几百人就近就业",
	"党员干部上门服务，把难事办成了实事",
	"一年四季都有活干，在家门口就能挣钱",
	"科技特派员手把手教，产量一下就上来了",
	"我们将以更实的作风推动各项任务落地见效",
	"游客多了，农家乐的生意也跟着好起来了",
	"只要肯干，在家乡一样能干出一番事业",
}

// activities are what a villager is doing when the reporter meets them.
var activities = []string{
	"在大棚里查看苗情", "在院子里晾晒农产品", "在合作社分拣包装", "在田间修剪枝条",
	"在车间里忙着打包", "在家门口的广场上锻炼", "在地头给果树施肥", "在直播间里介绍产品",
}
