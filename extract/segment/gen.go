package segment

//go:generate go run ./internal/gendict -o dict.bin
