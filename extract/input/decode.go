package input

import (
	"bytes"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
	xunicode "golang.org/x/text/encoding/unicode"
)

// Encoding names reported in Item.Encoding.
const (
	UTF8    = "utf-8"
	UTF8BOM = "utf-8-bom" // Text starts 3 bytes after the start of the file
	UTF16LE = "utf-16le"
	UTF16BE = "utf-16be"
	GB18030 = "gb18030" // also GBK and GB2312, its subsets
	Big5    = "big5"
)

// magic numbers of common files that are not text.
var magics = []struct {
	prefix string
	what   string
}{
	{"%PDF-", "a PDF file; convert it to text first (pdftotext -layout)"},
	{"\x89PNG\r\n\x1a\n", "a PNG image"},
	{"\xff\xd8\xff", "a JPEG image"},
	{"GIF87a", "a GIF image"},
	{"GIF89a", "a GIF image"},
	{"II*\x00", "a TIFF image"},
	{"MM\x00*", "a TIFF image"},
	{"PK\x03\x04", "a ZIP archive (or a .docx/.xlsx/.epub file)"},
	{"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office file (.doc/.xls)"},
	{"\x1f\x8b", "a gzip archive"},
	{"\xfd7zXZ\x00", "an xz archive"},
	{"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"},
	{"Rar!\x1a\x07", "a RAR archive"},
	{"\x7fELF", "an executable"},
	{"{\\rtf", "an RTF document"},
	{"\x00\x00\xfe\xff", "UTF-32 text (unsupported; convert it to UTF-8)"},
	{"\xff\xfe\x00\x00", "UTF-32 text (unsupported; convert it to UTF-8)"},
}

// sniffBinary returns why data (the start of a file) is not text, or "".
func sniffBinary(data []byte) string {
	for _, m := range magics {
		if bytes.HasPrefix(data, []byte(m.prefix)) {
			return m.what
		}
	}
	if bytes.HasPrefix(data, []byte("RIFF")) && len(data) >= 12 {
		return "a RIFF file (WebP image, WAV or AVI)"
	}
	if bytes.HasPrefix(data, []byte{0xfe, 0xff}) || bytes.HasPrefix(data, []byte{0xff, 0xfe}) {
		return "" // UTF-16 byte-order mark: NULs are expected
	}
	if bytes.IndexByte(data, 0) >= 0 {
		return "it contains NUL bytes (binary data, or UTF-16 without a byte-order mark)"
	}
	return ""
}

// decode turns the bytes of a file into UTF-8 text. declared is a charset
// named by the file itself (an HTML meta tag), used only when the bytes are
// not UTF-8; "" for none. Errors wrap ErrNotText or ErrEmpty.
func decode(data []byte, declared string) (string, string, error) {
	if why := sniffBinary(data[:min(len(data), 1<<20)]); why != "" {
		return "", "", fmt.Errorf("%w: %s", ErrNotText, why)
	}
	text, enc, err := decodeBytes(data, declared)
	if err != nil {
		return "", enc, err
	}
	if why := controlChars(text); why != "" {
		return "", enc, fmt.Errorf("%w: %s", ErrNotText, why)
	}
	if strings.TrimFunc(text, unicode.IsSpace) == "" {
		return "", enc, ErrEmpty
	}
	return text, enc, nil
}

func decodeBytes(data []byte, declared string) (string, string, error) {
	switch {
	case bytes.HasPrefix(data, []byte("\xef\xbb\xbf")):
		if !utf8.Valid(data[3:]) {
			return "", UTF8BOM, fmt.Errorf("%w: invalid UTF-8 after a UTF-8 byte-order mark", ErrNotText)
		}
		return string(data[3:]), UTF8BOM, nil
	case bytes.HasPrefix(data, []byte{0xff, 0xfe}):
		return transform(xunicode.UTF16(xunicode.LittleEndian, xunicode.ExpectBOM), data, UTF16LE)
	case bytes.HasPrefix(data, []byte{0xfe, 0xff}):
		return transform(xunicode.UTF16(xunicode.BigEndian, xunicode.ExpectBOM), data, UTF16BE)
	case utf8.Valid(data):
		return string(data), UTF8, nil
	}
	if declared != "" {
		if e, name := lookupCharset(declared); e != nil {
			return transform(e, data, name)
		}
	}
	return decodeLegacy(data)
}

// lookupCharset maps an HTML charset label to an encoding; GB2312 and GBK
// labels read as GB18030, their superset.
func lookupCharset(label string) (encoding.Encoding, string) {
	switch strings.ToLower(strings.TrimSpace(label)) {
	case "gb2312", "gbk", "gb18030", "cp936", "x-gbk", "euc-cn":
		return simplifiedchinese.GB18030, GB18030
	case "big5", "big5-hkscs", "x-x-big5", "cn-big5":
		return traditionalchinese.Big5, Big5
	}
	e, err := htmlindex.Get(label)
	if err != nil {
		return nil, ""
	}
	name, _ := htmlindex.Name(e)
	return e, name
}

func transform(e encoding.Encoding, data []byte, name string) (string, string, error) {
	out, err := e.NewDecoder().Bytes(data)
	if err != nil {
		return "", name, fmt.Errorf("%w: cannot decode as %s: %v", ErrNotText, name, err)
	}
	return string(out), name, nil
}

// dbcsStats counts the double-byte sequences of data read as GBK/GB18030.
type dbcsStats struct {
	pairs   int // two-byte sequences
	gb2312  int // ... inside the GB2312 area (lead and trail A1-FE): common simplified characters and punctuation
	big5    int // ... inside Big5's symbols and frequent characters (lead A1-C6)
	four    int // GB18030 four-byte sequences
	invalid int // bytes that start no sequence
}

func scanDBCS(data []byte) dbcsStats {
	var s dbcsStats
	for i := 0; i < len(data); {
		b := data[i]
		switch {
		case b < 0x80:
			i++
		case b == 0x80 || b == 0xff || i+1 >= len(data):
			s.invalid++
			i++
		default:
			t := data[i+1]
			switch {
			case t >= 0x30 && t <= 0x39 && i+3 < len(data):
				s.four++
				i += 4
			case (t >= 0x40 && t <= 0x7e) || (t >= 0x80 && t <= 0xfe):
				s.pairs++
				if b >= 0xa1 && b <= 0xf7 && t >= 0xa1 {
					s.gb2312++
				}
				if b >= 0xa1 && b <= 0xc6 && t != 0x80 {
					s.big5++
				}
				i += 2
			default:
				s.invalid++
				i++
			}
		}
	}
	return s
}

// decodeLegacy reads bytes that are not UTF-8 as GB18030 (GBK) or Big5
// when they look like Chinese text in that encoding.
func decodeLegacy(data []byte) (string, string, error) {
	s := scanDBCS(data)
	n := s.pairs + s.four
	if n == 0 || s.invalid*1000 > n {
		return "", "", fmt.Errorf("%w: not UTF-8, and not Chinese in GB18030/GBK or Big5 (unknown encoding; convert it to UTF-8)", ErrNotText)
	}
	try := func(e encoding.Encoding, name string) (string, bool) {
		out, err := e.NewDecoder().Bytes(data)
		if err != nil {
			return "", false
		}
		text := string(out)
		return text, cjkShare(text) >= 0.6
	}
	gbFirst := s.gb2312*10 >= s.pairs*9
	big5Like := s.four == 0 && s.big5*10 >= s.pairs*9
	if gbFirst || !big5Like {
		if text, ok := try(simplifiedchinese.GB18030, GB18030); ok {
			return text, GB18030, nil
		}
	}
	if big5Like {
		if text, ok := try(traditionalchinese.Big5, Big5); ok {
			return text, Big5, nil
		}
	}
	return "", "", fmt.Errorf("%w: not UTF-8, and not Chinese in GB18030/GBK or Big5 (unknown encoding; convert it to UTF-8)", ErrNotText)
}

// cjkShare returns the share of Chinese characters and punctuation among
// the non-ASCII, non-space runes of text (1 when there are none).
func cjkShare(text string) float64 {
	var cjk, other int
	for _, r := range text {
		switch {
		case r < 0x80 || unicode.IsSpace(r):
		case r == utf8.RuneError:
			other += 10 // a replacement character means bytes that did not decode
		case unicode.Is(unicode.Han, r), r >= 0x3000 && r <= 0x303f, r >= 0xff00 && r <= 0xffef,
			r >= 0x2010 && r <= 0x206f: // general punctuation: “”‘’—…
			cjk++
		default:
			other++
		}
	}
	if cjk+other == 0 {
		return 1
	}
	return float64(cjk) / float64(cjk+other)
}

// controlChars returns why text looks binary, or "": NULs, or more than one
// control character in a hundred runes (tab, newline, carriage return, form
// feed and vertical tab are text).
func controlChars(text string) string {
	var ctl, n int
	for _, r := range text {
		n++
		switch {
		case r == 0:
			return "it contains NUL characters"
		case r == '\t' || r == '\n' || r == '\r' || r == '\f' || r == '\v':
		case r < 0x20 || r == 0x7f:
			ctl++
		}
	}
	if ctl > 0 && ctl*100 > n {
		return fmt.Sprintf("%d control characters in %d (binary data?)", ctl, n)
	}
	return ""
}
