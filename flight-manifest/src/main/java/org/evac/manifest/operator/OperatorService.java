package org.evac.manifest.operator;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import org.evac.infrastructure.problem.Problem;
import org.evac.infrastructure.problem.ProblemException;

@ApplicationScoped
public class OperatorService {

    @Transactional
    public OperatorResponse create(OperatorRequest request) {
        if (Operator.findById(request.code()) != null) {
            throw new ProblemException(
                    Problem.of(
                                    409,
                                    "operator-exists",
                                    "Operator exists",
                                    "Operator " + request.code() + " is already registered")
                            .with("code", request.code()));
        }
        Operator operator = new Operator();
        operator.code = request.code();
        apply(operator, request);
        operator.persist();
        return OperatorResponse.of(operator);
    }

    @Transactional
    public void update(String code, OperatorRequest request) {
        if (!code.equals(request.code())) {
            throw ProblemException.badRequest(
                    "operator-code-immutable",
                    "Operator code cannot change",
                    "The body names operator " + request.code() + " but the path names " + code);
        }
        apply(find(code), request);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<OperatorResponse> list() {
        return Operator.<Operator>findAll(Sort.by("code")).list().stream()
                .map(OperatorResponse::of)
                .toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public OperatorResponse get(String code) {
        return OperatorResponse.of(find(code));
    }

    private static Operator find(String code) {
        return Operator.<Operator>findByIdOptional(code)
                .orElseThrow(() -> ProblemException.notFound("Operator", code));
    }

    private static void apply(Operator operator, OperatorRequest request) {
        operator.iataDesignator = request.iataDesignator();
        operator.icaoDesignator = request.icaoDesignator();
        operator.name = request.name();
        operator.contactName = request.contactName();
        operator.contactEmail = request.contactEmail();
        operator.contactPhone = request.contactPhone();
    }
}
