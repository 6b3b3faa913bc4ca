namespace Intranet.Hr.Models;

/// <summary>Old records often know only the birth year; the law then counts from 01/01 of that year.</summary>
public enum DatePrecision
{
    Day = 1,
    YearOnly = 2,
}
