using Platform.Web.Features.Audit;

namespace Platform.Tests.Features.Audit;

public sealed class AccessReasonsTests
{
    [Theory]
    [InlineData("case-work", null, "case-work")]
    [InlineData("supervision", "  monthly review ", "supervision: monthly review")]
    [InlineData("other", "Press enquiry about the pilot", "other: Press enquiry about the pilot")]
    public void Validate_KnownReason_IsAccepted(string code, string? text, string stored)
    {
        var check = AccessReasons.Validate(code, text);

        Assert.Empty(check.Errors);
        Assert.Equal(stored, check.Reason!.ToString());
    }

    [Theory]
    [InlineData(null, null, "reason")]
    [InlineData("", null, "reason")]
    [InlineData("because", null, "reason")]
    [InlineData("other", null, "reasonText")]
    [InlineData("other", "too short", "reasonText")]
    public void Validate_MissingOrUnknownOrUnexplained_IsRefused(string? code, string? text, string field)
    {
        var check = AccessReasons.Validate(code, text);

        Assert.Null(check.Reason);
        Assert.Contains(field, check.Errors.Keys);
    }

    [Fact]
    public void Validate_ExplanationOver500Characters_IsRefused()
    {
        Assert.Null(AccessReasons.Validate("case-work", new string('x', 501)).Reason);
    }

    [Fact]
    public void All_ListsEveryCodeOnce()
    {
        Assert.Equal(
            ["case-work", "supervision", "data-subject-request", "legal-obligation", "audit-investigation", "other"],
            AccessReasons.All.Select(o => o.Code));
    }
}
