package ingest

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// months maps English and Dutch month names and abbreviations to numbers.
var months = map[string]int{
	"january": 1, "jan": 1, "januari": 1,
	"february": 2, "feb": 2, "februari": 2,
	"march": 3, "mar": 3, "maart": 3, "mrt": 3,
	"april": 4, "apr": 4,
	"may": 5, "mei": 5,
	"june": 6, "jun": 6, "juni": 6,
	"july": 7, "jul": 7, "juli": 7,
	"august": 8, "aug": 8, "augustus": 8,
	"september": 9, "sep": 9, "sept": 9,
	"october": 10, "oct": 10, "oktober": 10, "okt": 10,
	"november": 11, "nov": 11,
	"december": 12, "dec": 12,
}

var (
	dateISO    = regexp.MustCompile(`^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:$|[T\s])`)
	dateDMY    = regexp.MustCompile(`^(\d{1,2})[-.](\d{1,2})[-.](\d{4})$`)
	dateDayMon = regexp.MustCompile(`(?i)^(\d{1,2})(?:st|nd|rd|th|e)?\s+([a-z]+)\.?,?\s+(\d{4})$`)
	dateMonDay = regexp.MustCompile(`(?i)^([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$`)
	// dateLine is a stand-alone date line of a text file, with an optional
	// lead-in, weekday and time around the date.
	dateLine = regexp.MustCompile(`(?i)^(?:(?:published|posted|updated|gepubliceerd|geplaatst|bijgewerkt)(?:\s+(?:on|op))?:?\s+)?` +
		`(?:(?:mon|tue|tues|wed|thu|thurs|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday|` +
		`ma|di|wo|do|vr|za|zo|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)\.?,?\s+)?` +
		`(.+?)` +
		`(?:\s*(?://|,|-|–|om|at|\|)?\s*\d{1,2}[:.h]\d{2}(?:\s*(?:am|pm|utc|gmt|cet|cest|uur))?)?$`)
)

// parseDate reads a date in a common notation and returns it as
// YYYY-MM-DD.
func parseDate(s string) (string, bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return "", false
	}
	if t, err := time.Parse(time.RFC1123Z, s); err == nil {
		return t.Format("2006-01-02"), true
	}
	if t, err := time.Parse(time.RFC1123, s); err == nil {
		return t.Format("2006-01-02"), true
	}
	if m := dateISO.FindStringSubmatch(s); m != nil {
		return ymd(m[1], m[2], m[3])
	}
	if m := dateDMY.FindStringSubmatch(s); m != nil {
		return ymd(m[3], m[2], m[1])
	}
	if m := dateDayMon.FindStringSubmatch(s); m != nil {
		if mo, ok := months[strings.ToLower(m[2])]; ok {
			return ymd(m[3], strconv.Itoa(mo), m[1])
		}
	}
	if m := dateMonDay.FindStringSubmatch(s); m != nil {
		if mo, ok := months[strings.ToLower(m[1])]; ok {
			return ymd(m[3], strconv.Itoa(mo), m[2])
		}
	}
	return "", false
}

// parseDateLine reads a line that is only a date, possibly with a lead-in,
// weekday and time ("Tue 8 Mar 2022 // 14:32 UTC").
func parseDateLine(s string) (string, bool) {
	m := dateLine.FindStringSubmatch(strings.TrimSpace(s))
	if m == nil {
		return "", false
	}
	return parseDate(m[1])
}

// ymd validates a date and formats it.
func ymd(y, m, d string) (string, bool) {
	yi, _ := strconv.Atoi(y)
	mi, _ := strconv.Atoi(m)
	di, _ := strconv.Atoi(d)
	if yi < 1900 || yi > 2200 || mi < 1 || mi > 12 || di < 1 || di > 31 {
		return "", false
	}
	t := time.Date(yi, time.Month(mi), di, 0, 0, 0, 0, time.UTC)
	if t.Day() != di {
		return "", false // 31 April
	}
	return fmt.Sprintf("%04d-%02d-%02d", yi, mi, di), true
}
