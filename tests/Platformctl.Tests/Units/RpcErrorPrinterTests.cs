using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;
using Platform.Platformctl.Errors;

namespace Platform.Platformctl.Tests.Units;

public sealed class RpcErrorPrinterTests
{
    [Fact]
    public void A_precondition_failure_names_the_rule_and_its_subject()
    {
        var status = new Google.Rpc.Status { Code = (int)Code.FailedPrecondition, Message = "Dispute d-1 cannot move to arbitration." };
        status.Details.Add(Any.Pack(new ErrorInfo { Reason = "5.2", Domain = "platform" }));
        status.Details.Add(Any.Pack(new PreconditionFailure
        {
            Violations = { new PreconditionFailure.Types.Violation { Type = "5.2", Subject = "dispute.stage", Description = "Dispute d-1 cannot move to arbitration." } },
        }));

        var line = RpcErrorPrinter.Describe(status.ToRpcException());

        Assert.Equal("error: FAILED_PRECONDITION (5.2): dispute.stage: Dispute d-1 cannot move to arbitration.", line);
    }

    [Fact]
    public void A_bad_request_names_each_field()
    {
        var status = new Google.Rpc.Status { Code = (int)Code.InvalidArgument, Message = "Invalid request." };
        status.Details.Add(Any.Pack(new BadRequest
        {
            FieldViolations =
            {
                new BadRequest.Types.FieldViolation { Field = "officer", Description = "officer is required." },
                new BadRequest.Types.FieldViolation { Field = "version", Description = "version must be positive." },
            },
        }));

        var line = RpcErrorPrinter.Describe(status.ToRpcException());

        Assert.Equal("error: INVALID_ARGUMENT: officer: officer is required.; version: version must be positive.", line);
    }

    [Fact]
    public void A_plain_status_prints_its_detail()
    {
        var line = RpcErrorPrinter.Describe(new RpcException(new Grpc.Core.Status(StatusCode.Unavailable, "Connection refused")));

        Assert.Equal("error: UNAVAILABLE: Connection refused", line);
    }
}
