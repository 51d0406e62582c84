package ropa

import (
	"github.com/dkgdpr/gdpr/internal/enum"
)

// Volume is how much personal data is processed about each data subject
// (the municipal DPIA template, question 4.2: "Hvor stor er mængden af personoplysninger om
// hver enkelt registrerede?"). Volumes are ordered, so they compare with <
// and >. The zero value means "not assessed".
type Volume uint8

// The values of Volume.
const (
	SmallVolume  Volume = iota + 1 // small: Mindre omfang
	MediumVolume                   // medium: Middel omfang
	LargeVolume                    // large: Stort omfang
)

var volumeDef = enum.Def[Volume]{
	Type: "Volume",
	Kind: "ropa: volume",
	Err:  ErrUnknownCode,
	Entries: []enum.Entry{
		SmallVolume:  {Code: "small", Da: "Mindre omfang", En: "Small amount"},
		MediumVolume: {Code: "medium", Da: "Middel omfang", En: "Medium amount"},
		LargeVolume:  {Code: "large", Da: "Stort omfang", En: "Large amount"},
	},
}

// Volumes returns the volumes from small to large, in a fresh slice.
func Volumes() []Volume { return []Volume{SmallVolume, MediumVolume, LargeVolume} }
