package gazetteer

// EthnicGroups are the names of China's ethnic groups without 族, longest
// first, as division names hold them (鄂温克族自治旗, 街津口赫哲族乡): the
// generator strips them to make short forms, and the places stage reads a
// township the list names without them (街津口乡) where the text writes
// them.
var EthnicGroups = []string{"柯尔克孜", "乌孜别克", "鄂伦春", "鄂温克", "维吾尔", "哈萨克", "塔吉克", "塔塔尔", "达斡尔", "俄罗斯",
	"土家", "哈尼", "傈僳", "拉祜", "纳西", "景颇", "仫佬", "布朗", "撒拉", "毛南", "仡佬", "锡伯", "阿昌", "普米", "德昂",
	"保安", "裕固", "独龙", "赫哲", "门巴", "珞巴", "基诺", "蒙古", "布依", "朝鲜", "东乡", "高山",
	"汉", "回", "藏", "苗", "彝", "壮", "满", "侗", "瑶", "白", "傣", "黎", "佤", "畲", "水", "土", "羌", "怒", "京"}
