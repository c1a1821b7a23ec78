package relate_test

import "testing"

// TestIndustryRecall checks constructions of industries found missing on
// invented county and company reports, with near misses.
func TestIndustryRecall(t *testing.T) {
	tests := []tripleCase{
		{
			name: "making and selling joined by 与 after 主营",
			text: "黑龙江稻香农业股份有限公司主营大米加工与销售，年加工能力30万吨。",
			want: []string{"黑龙江稻香农业股份有限公司 产业 大米"},
			not:  []string{"黑龙江稻香农业股份有限公司 产业 大米加工与"},
		},
		{
			name: "making joined by 和 after 主营",
			text: "黑龙江稻香农业股份有限公司主营大米加工和销售。",
			want: []string{"黑龙江稻香农业股份有限公司 产业 大米"},
		},
		{
			name: "a predicate with no place: the place named before in the sentence",
			text: "湄潭县兴隆镇龙凤村有茶园1.2万亩，茶叶已成为村民增收的支柱产业。",
			want: []string{"龙凤村 产业 茶叶"},
		},
		{
			name: "products listed before the one that is the predicate's",
			text: "内蒙古自治区锡林郭勒盟草场辽阔，肉牛、肉羊养殖是当地的主导产业。",
			want: []string{"锡林郭勒盟 产业 肉牛", "锡林郭勒盟 产业 肉羊"},
		},
		{
			name: "a villager's village is no subject",
			text: "湄潭县兴隆镇龙凤村村民刘德明说，茶叶已成为村民增收的支柱产业。",
			not:  []string{"龙凤村 产业 茶叶"},
		},
		{
			name: "a place in the predicate wins",
			text: "在湄潭县兴隆镇调研时，他说，茶叶已成为龙凤村的支柱产业。",
			want: []string{"龙凤村 产业 茶叶"},
			not:  []string{"兴隆镇 产业 茶叶"},
		},
		{
			name: "a list chosen as an emerging industry",
			text: "近年来，江西省寻乌县把百香果、蜜柚作为新兴产业加以培育。",
			want: []string{"寻乌县 产业 百香果", "寻乌县 产业 蜜柚"},
		},
		{
			name: "an industry listed as a key one",
			text: "湖北省汉川市将纺织服装列为重点产业，引进企业30家。",
			want: []string{"汉川市 产业 纺织服装"},
		},
		{
			name: "a key task is no industry",
			text: "湖北省汉川市把项目建设作为重点工作，引进企业30家。",
			not:  []string{"汉川市 产业 项目建设"},
		},
		{
			name: "a division after 是 describes the one it holds",
			text: "平谷区是北京重要的鲜桃产区，大桃种植面积达22万亩。",
			want: []string{"平谷区 产业 大桃"},
			not:  []string{"北京市 产业 大桃"},
		},
		{
			name: "a division that holds one named before is no description without 是",
			text: "安徽省黄山市黟县将以宏村镇、西递镇为龙头，推动黟县石墨茶、五黑鸡等特色农产品与旅游融合。",
			want: []string{"黟县 产业 石墨茶"},
			not:  []string{"宏村镇 产业 石墨茶"},
		},
		{
			name: "a product of the lexicon marked by 大力发展",
			text: "内蒙古自治区包头市九原区立足资源禀赋，大力发展甜柿产业。",
			want: []string{"九原区 产业 甜柿"},
		},
		{
			name: "a product that begins a place's name",
			text: "山东省菏泽市牡丹区今年新建道路10公里。菏泽市牡丹区区长李强出席了通车仪式。",
			not:  []string{"菏泽市 产业 牡丹"},
		},
		{
			name: "what is grown in a list of industries",
			text: "成都市郫都区唐昌街道战旗村发展肉牛养殖、蔬菜种植等产业。",
			want: []string{"战旗村 产业 蔬菜", "战旗村 产业 肉牛"},
			not:  []string{"战旗村 产业 蔬菜种植"},
		},
		{
			name: "a park another builds in a place",
			text: "根据协议，创维集团将在赣州市南康区投资建设智能家电产业园。",
			not:  []string{"南康区 产业 家电"},
		},
		{
			name: "a park the place builds",
			text: "赣州市南康区建成智能家电产业园，入驻企业30家。",
			want: []string{"南康区 产业 家电"},
		},
		{
			name: "a place that is a growing area",
			text: "江西省赣州市信丰县是著名的脐橙产区，年产量达50万吨。",
			want: []string{"信丰县 产业 脐橙"},
		},
		{
			name: "the largest growing area",
			text: "云南省普洱市是全国最大的咖啡种植区。",
			want: []string{"普洱市 产业 咖啡"},
		},
		{
			name: "a base of goods made of a product",
			text: "内蒙古自治区鄂尔多斯市是全国最大的羊绒制品生产加工基地。",
			want: []string{"鄂尔多斯市 产业 羊绒"},
		},
		{
			name: "a product of goods of its own",
			text: "内蒙古自治区呼和浩特市是全国重要的乳制品生产基地。",
			want: []string{"呼和浩特市 产业 乳制品"},
		},
		{
			name: "a production area that is no product's",
			text: "江西省赣州市信丰县是工业生产区，面积达50平方公里。",
			not:  []string{"信丰县 产业 工业"},
		},
		{
			name: "a cooperative grows two products joined by 和",
			text: "近日，寻乌县丰源脐橙专业合作社主要种植脐橙和甜柚，带动农户300余户。",
			want: []string{"寻乌县丰源脐橙专业合作社 产业 脐橙", "寻乌县丰源脐橙专业合作社 产业 甜柚"},
		},
		{
			name: "a place grows a list",
			text: "浙江省丽水市庆元县种植香菇、黑木耳等食用菌2亿袋。",
			want: []string{"庆元县 产业 香菇", "庆元县 产业 黑木耳"},
		},
		{
			name: "what a person named after the place grows is no industry of the place",
			text: "在庆元县屏都街道，返乡青年吴志强创办了合作社，主要种植香菇、黑木耳等。",
			not:  []string{"屏都街道 产业 香菇", "庆元县 产业 香菇"},
		},
		{
			name: "the grower named right before the verb, not a place the person worked in",
			text: "吴志强曾在杭州打工多年，回乡后创办了庆元县志强香菇专业合作社，主要种植香菇和黑木耳。",
			want: []string{"庆元县志强香菇专业合作社 产业 香菇", "庆元县志强香菇专业合作社 产业 黑木耳"},
			not:  []string{"杭州市 产业 香菇"},
		},
		{
			name: "a grower no stage named: no place of the sentence instead",
			text: "吴志强曾在杭州打工多年，回乡后创办了丰邑农业专业合作社，主要种植香菇和黑木耳。",
			not:  []string{"杭州市 产业 香菇", "杭州市 产业 黑木耳"},
		},
		{
			name: "a level word after the person's name",
			text: "在丽水市庆元县，县委书记吴志强介绍，全县种植香菇2亿袋。",
			want: []string{"庆元县 产业 香菇"},
		},
		{
			name: "two industries joined by 和 after the verb that opens them",
			text: "近年来，山东省菏泽市曹县围绕演出服饰和木制品两大主导产业，推动产业集群发展。",
			want: []string{"曹县 产业 服饰", "曹县 产业 木制品"},
			not:  []string{"曹县 产业 曹县围绕演出服饰"},
		},
		{
			name: "two sectors the lexicon does not know",
			text: "近年来，山东省菏泽市曹县推动工业和农业两大产业协调发展。",
			not:  []string{"曹县 产业 工业", "曹县 产业 农业"},
		},
		{
			name: "a list after 聚焦",
			text: "浙江省丽水市庆元县聚焦香菇、甜橘柚、黄花菜三大特色产业。",
			want: []string{"庆元县 产业 香菇", "庆元县 产业 黄花菜"},
			not:  []string{"庆元县 产业 庆元县聚焦香菇"},
		},
		{
			name: "a list of a place's products that are a famous specialty",
			text: "山东省菏泽市曹县的芦笋、山药也是远近闻名的特产。",
			want: []string{"曹县 产业 芦笋", "曹县 产业 山药"},
		},
		{
			name: "a place's brand that is a geographical indication",
			text: "黑龙江省五常市是产粮大市，五常大米是国家地理标志产品。",
			want: []string{"五常市 产业 大米"},
		},
		{
			name: "a place's product that is said nothing of",
			text: "黑龙江省五常市的大米是从外地运来的，价格不高。",
			not:  []string{"五常市 产业 大米"},
		},
		{
			name: "a place's product in a list with a word the lexicon does not know",
			text: "山东省菏泽市曹县的芦笋、烧饼也是远近闻名的特产。",
			not:  []string{"曹县 产业 芦笋"},
		},
		{
			name: "a slogan of a city of a product",
			text: "浙江省丽水市庆元县是“中国香菇城”，全县农民收入的一半来自香菇。",
			want: []string{"庆元县 产业 香菇"},
		},
		{
			name: "a slogan of a capital of a product",
			text: "福建省宁德市福鼎市被誉为“中国白茶都”。",
			want: []string{"福鼎市 产业 白茶"},
		},
		{
			name: "a slogan of a city that is no product's",
			text: "浙江省丽水市庆元县是“中国廊桥城”。",
			not:  []string{"庆元县 产业 廊桥"},
		},
		{
			name: "a cooperative referred to by its kind grows",
			text: "沂南县依汶镇村民王振东成立了沂南县振东果蔬种植专业合作社。合作社主要种植黄桃、蓝莓等水果。",
			want: []string{"沂南县振东果蔬种植专业合作社 产业 黄桃", "沂南县振东果蔬种植专业合作社 产业 蓝莓"},
		},
		{
			name: "two cooperatives: the kind refers to neither",
			text: "沂南县依汶镇村民王振东成立了沂南县振东果蔬种植专业合作社，李强成立了沂南县强盛蔬菜专业合作社。合作社主要种植黄桃。",
			not:  []string{"沂南县振东果蔬种植专业合作社 产业 黄桃", "沂南县强盛蔬菜专业合作社 产业 黄桃"},
		},
		{
			name: "a place at the start of a name no stage found is no maker",
			text: "浙江华达电机有限公司下属的温岭华达精密铸造有限公司主要从事电机壳体铸造。",
			not:  []string{"温岭市 产业 电机壳体铸造"},
		},
		{
			name: "a place before a comma and what it makes",
			text: "河南省安阳市滑县地处豫北平原，主要生产小麦、玉米。",
			want: []string{"滑县 产业 小麦"},
		},
		{
			name: "a breed of a kind in a marked industry",
			text: "去年，湖北省黄冈市罗田县被认定为国家级土鸡产业集群核心区。",
			want: []string{"罗田县 产业 土鸡"},
		},
		{
			name: "a native's village is no grower",
			text: "今年31岁的周晓丽，是罗田县九资河镇圣人堂村人，大学毕业后回乡养殖黑山羊和土鸡。",
			not:  []string{"圣人堂村 产业 黑山羊", "圣人堂村 产业 土鸡"},
		},
		{
			name: "an important producing area",
			text: "据了解，福建省泉州市安溪县是乌龙茶的重要产地。",
			want: []string{"安溪县 产业 乌龙茶"},
		},
		{
			name: "the core producing area of a kind of a product",
			text: "据了解，贵州省遵义市仁怀市是中国酱香型白酒的核心产区。",
			want: []string{"仁怀市 产业 白酒"},
		},
		{
			name: "a trading hub of a product",
			text: "据了解，浙江省金华市义乌市是全球最大的小商品集散地。",
			want: []string{"义乌市 产业 小商品"},
		},
		{
			name: "a farming of products of the lexicon",
			text: "据了解，近年来，河南省南阳市西峡县大力发展以香菇、猕猴桃为主的特色种植业。",
			want: []string{"西峡县 产业 香菇", "西峡县 产业 猕猴桃"},
		},
		{
			name: "most of something that is no farming",
			text: "据了解，河南省南阳市西峡县的游客以香菇采摘为主。",
			not:  []string{"西峡县 产业 香菇"},
		},
		{
			name: "a product long grown in a place",
			text: "据了解，山东省烟台市莱阳市的梨种植历史悠久。",
			want: []string{"莱阳市 产业 梨"},
		},
		{
			name: "a place rated a model county of an industry",
			text: "据了解，江苏省淮安市盱眙县被评为全国小龙虾产业示范县。",
			want: []string{"盱眙县 产业 小龙虾"},
		},
		{
			name: "a slogan with a word of ecology that only rates the product",
			text: "据了解，浙江省丽水市庆元县还是中国生态甜橘柚之乡。",
			want: []string{"庆元县 产业 甜橘柚"},
			not:  []string{"庆元县 产业 生态甜橘柚"},
		},
		{
			name: "a list of the place the paragraph is about",
			text: "安吉县递铺街道鲁家村地处浙北山区，过去是有名的贫困村。如今，这里的白茶、竹笋、毛竹三大产业蓬勃发展。",
			want: []string{"鲁家村 产业 白茶", "鲁家村 产业 毛竹"},
			not:  []string{"安吉县 产业 白茶", "递铺街道 产业 白茶"},
		},
		{
			name: "a paragraph of two places apart",
			text: "安吉县递铺街道和德清县莫干山镇都地处浙北山区。如今，这里的白茶、竹笋、毛竹三大产业蓬勃发展。",
			not:  []string{"递铺街道 产业 白茶", "莫干山镇 产业 白茶"},
		},
		{
			name: "a predicate with no place after a visit to a village",
			text: "近日，湄潭县委书记张光明在兴隆镇龙凤村调研时指出，茶叶已成为群众增收的支柱产业。",
			not:  []string{"龙凤村 产业 茶叶"},
		},
		{
			name: "a predicate with no place in a village",
			text: "近日，在湄潭县兴隆镇龙凤村，茶叶已成为村民增收的支柱产业。",
			want: []string{"龙凤村 产业 茶叶"},
		},
		{
			name: "a count of industries in quotes",
			text: "近年来，河南省南阳市西峡县大力发展香菇、猕猴桃、山茱萸“三大主导产业”。",
			want: []string{"西峡县 产业 香菇", "西峡县 产业 猕猴桃", "西峡县 产业 山茱萸"},
		},
		{
			name: "the largest producing county of a product",
			text: "据了解，福建省漳州市平和县是全国最大的蜜柚生产县。",
			want: []string{"平和县 产业 蜜柚"},
		},
		{
			name: "an industry of the lexicon after the place",
			text: "据了解，山东省菏泽市曹县汉服产业发展迅速，电商销售额突破70亿元。",
			want: []string{"曹县 产业 汉服"},
		},
		{
			name: "a goal of a scale with the place's short form",
			text: "近年来，新平彝族傣族自治县以打造新平生猪百亿产业为目标，持续延链补链强链。",
			want: []string{"新平彝族傣族自治县 产业 生猪"},
		},
		{
			name: "a goal of a scale with no place",
			text: "近年来，新平彝族傣族自治县以打造生猪百亿产业为目标。",
			want: []string{"新平彝族傣族自治县 产业 生猪"},
		},
		{
			name: "a goal of a scale with another place's name",
			text: "近年来，新平彝族傣族自治县以打造玉溪生猪百亿产业为目标。",
			not:  []string{"新平彝族傣族自治县 产业 生猪"},
		},
		{
			name: "a zone whose name begins with a city",
			text: "据了解，哈尔滨新区重点发展生物医药、高端装备制造等产业。",
			want: []string{"哈尔滨新区 产业 生物医药"},
			not:  []string{"哈尔滨市 产业 生物医药"},
		},
		{
			name: "a goal of a list with 等 before its kind",
			text: "据了解，宜宾三江新区聚焦动力电池、光伏等新能源产业，打造千亿级产业集群。",
			want: []string{"宜宾三江新区 产业 动力电池", "宜宾三江新区 产业 光伏"},
			not:  []string{"宜宾三江新区 产业 光伏等新能源", "宜宾市 产业 动力电池"},
		},
		{
			name: "an industry that farmers' income comes from",
			text: "据了解，在浙江省丽水市庆元县，香菇产业是农民增收的主要来源。",
			want: []string{"庆元县 产业 香菇"},
		},
		{
			name: "income of a person from a product is no place's industry marker without 产业",
			text: "据了解，在浙江省丽水市庆元县，村民靠种香菇增收。",
			not:  []string{"庆元县 产业 香菇"},
		},
		{
			name: "words of speech before the product of a predicate with no place",
			text: "湄潭县兴隆镇龙凤村的张光明在会上说茶叶已成为村民增收的支柱产业。",
			not:  []string{"龙凤村 产业 光明在会上说茶叶", "龙凤村 产业 张光明在会上说茶叶"},
		},
		{
			name: "a short name of a kind of product in a predicate with no place",
			text: "在浙江省丽水市景宁畲族自治县，惠明茶是当地的特色产业。",
			want: []string{"景宁畲族自治县 产业 惠明茶"},
		},
	}
	runTripleCases(t, tests)
}
