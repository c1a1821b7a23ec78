package config

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"
)

// Write prints c as a YAML config file, each key commented with the source
// of its value (see Sources). The output can be saved as zhkg.yaml and read
// back by Load.
func Write(w io.Writer, c Config, src Sources) error {
	bw := bufio.NewWriter(w)
	if src.File != "" {
		fmt.Fprintf(bw, "# config file: %s\n", src.File)
	} else {
		fmt.Fprintf(bw, "# config file: none\n")
	}
	for _, w := range src.Warnings {
		fmt.Fprintf(bw, "# warning: %s\n", w)
	}
	section := ""
	for _, k := range keyDefs {
		name, indent := k.name, ""
		if sec, leaf, ok := strings.Cut(k.name, "."); ok {
			if sec != section {
				fmt.Fprintf(bw, "%s:\n", sec)
				section = sec
			}
			name, indent = leaf, "  "
		} else {
			section = ""
		}
		line := fmt.Sprintf("%s%s: %s", indent, name, yamlValue(k.field(&c)))
		fmt.Fprintf(bw, "%-44s # %s\n", line, src.Of(k.name))
	}
	return bw.Flush()
}

// yamlValue formats a field as a YAML value; strings are double-quoted.
func yamlValue(p any) string {
	switch p := p.(type) {
	case *string:
		return strconv.Quote(*p)
	case *time.Duration:
		return strconv.Quote(p.String())
	case *ByteSize:
		return strconv.Quote(p.String())
	case *[]string:
		q := make([]string, len(*p))
		for i, s := range *p {
			q[i] = strconv.Quote(s)
		}
		return "[" + strings.Join(q, ", ") + "]"
	}
	return formatValue(p)
}
