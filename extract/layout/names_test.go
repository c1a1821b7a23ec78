package layout

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestRepair_NameAcrossLineEnd checks that a paragraph whose lines are
// ragged (a column of about 13 cells, lines one character shorter or
// longer) is joined where a name is broken across a line end, and that
// headlines, bylines, list items and section headers stay apart.
func TestRepair_NameAcrossLineEnd(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want string
	}{
		{"a paragraph opening with two lines without clause punctuation",
			pdf("本报讯 近日，青禾县新建的蔬菜",
				"基地正式投产，带动周边农户就",
				"业增收，全县种植面积不断扩大。",
				"柳溪村蔬菜专业合作社理事长周",
				"明远算了一笔账：今年每亩地能",
				"增收两千多元，农户积极性很高。"),
			"本报讯 近日，青禾县新建的蔬菜基地正式投产，带动周边农户就业增收，全县种植面积不断扩大。\n" +
				"柳溪村蔬菜专业合作社理事长周明远算了一笔账：今年每亩地能增收两千多元，农户积极性很高。"},
		{"a company name cut at a short line before a longer one",
			pdf("本报讯 近日，青禾县召开会议，部",
				"署秋收工作。会上，各乡镇汇报",
				"了进展，全县已收割两万亩，",
				"占总面积七成。据了解，当地",
				"今年种植玉米、大豆、水稻，",
				"长势良好。青禾县盛丰农",
				"业科技有限公司董事长王立新",
				"说，今年每亩地能增收一千元，",
				"农户积极性很高，日子越过越",
				"红火。"),
			"本报讯 近日，青禾县召开会议，部署秋收工作。会上，各乡镇汇报了进展，全县已收割两万亩，占总面积七成。据了解，当地今年种植玉米、大豆、水稻，" +
				"长势良好。青禾县盛丰农业科技有限公司董事长王立新说，今年每亩地能增收一千元，农户积极性很高，日子越过越红火。"},
		{"a paragraph opening with three lines without clause punctuation",
			pdf("本报讯 近日，青禾县新建的蔬菜",
				"基地正式投产，带动周边农户就",
				"业增收，全县种植面积不断扩大。",
				"柳溪村党支部书记周明",
				"远在大棚里对记者说：“我们",
				"要把蔬菜产业做大做强让村民",
				"的日子越过越红火，增收致富。"),
			"本报讯 近日，青禾县新建的蔬菜基地正式投产，带动周边农户就业增收，全县种植面积不断扩大。\n" +
				"柳溪村党支部书记周明远在大棚里对记者说：“我们要把蔬菜产业做大做强让村民的日子越过越红火，增收致富。"},
		{"three stacked headlines before a dateline stay apart",
			pdf("青禾县蔬菜产业带富一方",
				"合作社里算出增收新账本",
				"让村民的日子越过越红火",
				"本报讯 近日，青禾县新建的蔬菜",
				"基地正式投产，带动周边农户就",
				"业增收，全县种植面积不断扩大。"),
			"青禾县蔬菜产业带富一方\n合作社里算出增收新账本\n让村民的日子越过越红火\n" +
				"本报讯 近日，青禾县新建的蔬菜基地正式投产，带动周边农户就业增收，全县种植面积不断扩大。"},
		{"a dateline's credit cut inside a name",
			pdf("本报讯（青禾日报记者欧阳明刚通讯员赖",
				"旭）10月2日，青禾县新建的蔬菜",
				"基地正式投产，带动周边农户就",
				"业增收，全县种植面积不断扩大。"),
			"本报讯（青禾日报记者欧阳明刚通讯员赖旭）10月2日，青禾县新建的蔬菜基地正式投产，带动周边农户就业增收，全县种植面积不断扩大。"},
		{"a bracket closed far on the next line is no credit cut in a name",
			pdf("本报讯（记者王进通讯员赖",
				"青禾县融媒体中心供稿）"),
			"本报讯（记者王进通讯员赖\n青禾县融媒体中心供稿）"},
		{"stacked headlines before a dateline stay apart",
			pdf("青禾县蔬菜产业带富一方",
				"合作社里算出增收新账本",
				"本报讯 近日，青禾县新建的蔬菜",
				"基地正式投产，带动周边农户就",
				"业增收，全县种植面积不断扩大。"),
			"青禾县蔬菜产业带富一方\n合作社里算出增收新账本\n" +
				"本报讯 近日，青禾县新建的蔬菜基地正式投产，带动周边农户就业增收，全县种植面积不断扩大。"},
		{"a byline naming its paper stays apart",
			pdf("青禾日报记者 周 明 通讯员 李",
				"走进柳溪村蔬菜基地的大棚里",
				"村民们正忙着采摘，一筐筐新鲜",
				"的蔬菜被装上货车，运往各地超",
				"市，全村种植面积已达三千亩。"),
			"青禾日报记者 周 明 通讯员 李\n走进柳溪村蔬菜基地的大棚里村民们正忙着采摘，一筐筐新鲜的蔬菜被装上货车，运往各地超市，全村种植面积已达三千亩。"},
		{"list items stay apart",
			pdf("本报讯 近日，青禾县召开会议，",
				"部署全年工作，会议要求各乡镇",
				"抓好以下工作，确保落实到位。",
				"一是健全产业发展工作机制",
				"二是压实各级部门主体责任",
				"三是强化督导检查考核问效",
				"四是狠抓工作落实，确保各项任",
				"务按时完成，让群众满意。"),
			"本报讯 近日，青禾县召开会议，部署全年工作，会议要求各乡镇抓好以下工作，确保落实到位。\n" +
				"一是健全产业发展工作机制\n二是压实各级部门主体责任\n三是强化督导检查考核问效\n四是狠抓工作落实，确保各项任务按时完成，让群众满意。"},
		{"a section header stays apart",
			pdf("乡村振兴 地方传真 一线观察",
				"青禾县柳溪村蔬菜专业合作",
				"社带动周边农户就业增收，全",
				"县种植面积不断扩大，农户积",
				"极性很高，日子越过越红火。"),
			"乡村振兴 地方传真 一线观察\n青禾县柳溪村蔬菜专业合作社带动周边农户就业增收，全县种植面积不断扩大，农户积极性很高，日子越过越红火。"},
	}
	for _, c := range []struct {
		line string
		want bool
	}{
		{"一是健全工作机制", true}, {"二、压实责任", true}, {"（三）强化督导", true}, {"4.狠抓落实", true}, {"12、完善制度", true},
		{"76.8亿元。去年", false}, {"2023、2024年", false}, {"一批特色民宿", false}, {"三产融合", false}, {"是一项工作", false},
	} {
		if got := listItem(c.line); got != c.want {
			t.Errorf("listItem(%q) = %v, want %v", c.line, got, c.want)
		}
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, at, origin := Repair(tt.in)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Repair (-want +got):\n%s", diff)
			}
			MustMapBack(t, tt.in, got, at, origin)
		})
	}
}
