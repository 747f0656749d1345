using Platform.Web.Features.Accounts;
using Platform.Web.Features.ApiKeys;
using Platform.Web.Features.Audit;
using Platform.Web.Features.Cases;
using Platform.Web.Features.Home;
using Platform.Web.Features.Knowledge;
using Platform.Web.Features.Network;
using Platform.Web.Features.Operations;
using Platform.Web.Infrastructure;
using Platform.Web.Infrastructure.Cli;
using Platform.Web.Infrastructure.Demo;

var builder = WebApplication.CreateBuilder(args);

builder.AddPlatformInfrastructure();
builder.Services.AddAccounts(builder.Configuration);
builder.Services.AddApiKeys();
builder.Services.AddNetwork();
builder.Services.AddAudit();
builder.Services.AddKnowledge();
builder.Services.AddCases();
builder.Services.AddOperations();

var app = builder.Build();

if (await app.RunCommandLineAsync(args))
{
    return;
}

app.UsePlatformInfrastructure();
app.MapPlatformEndpoints();
app.MapHome();
app.MapAccounts();
app.MapApiKeys();
app.MapNetwork();
app.MapAudit();
app.MapKnowledge();
app.MapCases();
app.MapOperations();

await app.PrepareDatabaseAsync();
await app.RunAsync();

public partial class Program;
