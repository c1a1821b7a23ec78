package synth

import "strings"

// company returns the article's company, building it on first use from a
// place's short form, a trade name, the trade of the article's industry and
// a legal ending (通江鑫源食品有限公司); its short name is the place-free
// trade name and trade (鑫源食品).
func (b *art) company() string {
	if b.comp == "" {
		i := b.r.intn(len(industries))
		b.ind = industries[i]
		d := b.cnty()
		if c, ok := b.city(); ok && b.r.chance(40) {
			d = c
		}
		pre := b.w.shortOf(d)
		if pre == "" {
			pre = d.Name
		}
		b.places.note(d, false)
		brand := pick(b.r, brands)
		b.comp = pre + brand + industryWords[i] + pick(b.r, companyEnds)
		b.compSh = brand + industryWords[i]
	}
	b.fact(b.comp, predType, typeOrg)
	return b.comp
}

// placeWord returns the one-character word for the county's level (县, 区,
// 市, 旗), used in 全县, 该区.
func (b *art) placeWord() string {
	_, head := countyLevel(b.cnty())
	return strings.TrimSuffix(head, "长")
}

// townWord returns 镇, 乡 or 街道 for the article's township.
func (b *art) townWord() string {
	n := b.tn().Name
	switch {
	case strings.HasSuffix(n, "街道"):
		return "街道"
	case strings.HasSuffix(n, "乡"):
		return "乡"
	}
	return "镇"
}

// product returns the article's farm product.
func (b *art) product() string {
	if b.prod == "" {
		b.prod = pick(b.r, products)
	}
	return b.prod
}

// topic returns a field of work.
func (b *art) topic() string { return pick(b.r, topics) }
