// Package segment splits Chinese text into words (tokens with byte offsets
// and jieba-style tags) the way gse does, but starts in milliseconds.
package segment
