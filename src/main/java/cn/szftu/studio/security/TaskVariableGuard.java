package cn.szftu.studio.security;

import cn.szftu.studio.application.form.FieldProblem;
import cn.szftu.studio.application.form.InvalidSubmissionException;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.impl.cmd.AbstractPatchVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractRemoveVariableCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetVariableCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractVariableCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.PatchTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.RemoveTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;

/**
 * A user working a task may write only the task's own form values. A submitted form's values are set on the task
 * ({@link TaskLocalFormSubmission}); any other write by a user goes to the nearest scope that has the name, and the
 * process instance otherwise, so a write through the REST API could overwrite a process variable such as
 * {@code applicationId} or a decision and steer the case. Writes by the application's own code run without an
 * authenticated user and are not affected. A completion may also not name anything the task's deployed form
 * (camunda:formRef) has no field for, so a later step's variable cannot be set early.
 */
public class TaskVariableGuard extends CommandInterceptor {

  private static final Field TASK_ID = field(SubmitTaskFormCmd.class, "taskId");
  private static final Field FORM_VALUES = field(SubmitTaskFormCmd.class, "properties");
  private static final Field COMPLETE_TASK_ID = field(CompleteTaskCmd.class, "taskId");
  private static final Field COMPLETE_VALUES = field(CompleteTaskCmd.class, "variables");
  private static final Field ENTITY_ID = field(AbstractVariableCmd.class, "entityId");
  private static final Field SET_VALUES = field(AbstractSetVariableCmd.class, "variables");
  private static final Field REMOVED = field(AbstractRemoveVariableCmd.class, "variableNames");
  private static final Field PATCH_ID = field(AbstractPatchVariablesCmd.class, "entityId");
  private static final Field PATCH_VALUES = field(AbstractPatchVariablesCmd.class, "variables");
  private static final Field PATCH_DELETIONS = field(AbstractPatchVariablesCmd.class, "deletions");

  @Override
  public <T> T execute(Command<T> command) {
    CommandContext context = Context.getCommandContext();
    List<FieldProblem> foreign = List.of();
    if (context != null && context.getAuthenticatedUserId() != null) {
      foreign = check(context, command);
    }
    if (foreign.isEmpty()) {
      return next.execute(command);
    }
    // A completion naming fields its form does not have is refused whatever happens, but only after the task's
    // complete listener has judged the rest, so the user is told every problem at once; the refusal rolls back the
    // whole command, including whatever the completion did on the way.
    try {
      next.execute(command);
    } catch (RuntimeException e) {
      InvalidSubmissionException refusal = refusalIn(e);
      if (refusal != null) {
        List<FieldProblem> all = new ArrayList<>(refusal.problems());
        Set<String> named = new HashSet<>();
        all.forEach(problem -> named.add(problem.field()));
        foreign.stream().filter(problem -> !named.contains(problem.field())).forEach(all::add);
        throw new InvalidSubmissionException(all);
      }
    }
    throw new InvalidSubmissionException(foreign);
  }

  private static InvalidSubmissionException refusalIn(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof InvalidSubmissionException refusal) {
        return refusal;
      }
    }
    return null;
  }

  /** Throws for what may not be done at all; answers the names a completion's form does not have. */
  private static List<FieldProblem> check(CommandContext context, Command<?> command) {
    // A completion may name the task's own variables and its form's fields; writing without completing has no
    // listener behind it, so only the task's own names may be written at all.
    if (command instanceof SubmitTaskFormCmd) {
      return check(context, (String) read(TASK_ID, command), names(read(FORM_VALUES, command)), Scope.FORM);
    } else if (command instanceof CompleteTaskCmd) {
      return check(context, (String) read(COMPLETE_TASK_ID, command), names(read(COMPLETE_VALUES, command)),
          Scope.PROCESS);
    } else if (command instanceof SetTaskVariablesCmd) {
      return check(context, (String) read(ENTITY_ID, command), names(read(SET_VALUES, command)), Scope.TASK_ONLY);
    } else if (command instanceof RemoveTaskVariablesCmd) {
      return check(context, (String) read(ENTITY_ID, command), collection(read(REMOVED, command)), Scope.TASK_ONLY);
    } else if (command instanceof PatchTaskVariablesCmd) {
      List<String> names = new ArrayList<>(names(read(PATCH_VALUES, command)));
      names.addAll(collection(read(PATCH_DELETIONS, command)));
      return check(context, (String) read(PATCH_ID, command), names, Scope.TASK_ONLY);
    }
    return List.of();
  }

  /** Where a command's values go, and so which names it may use. */
  private enum Scope {
    /** A form submission: every value is set on the task ({@link TaskLocalFormSubmission}); the form's fields. */
    FORM,
    /** A completion with values: the engine sets them on the nearest scope that has the name, else the process. */
    PROCESS,
    /** Writing a task's variables without completing it: only what the task holds already. */
    TASK_ONLY
  }

  private static List<FieldProblem> check(CommandContext context, String taskId, Collection<String> names,
      Scope scope) {
    if (taskId == null || names.isEmpty()) {
      return List.of();
    }
    TaskEntity task = context.getTaskManager().findTaskById(taskId);
    if (task == null) {
      return List.of(); // the command itself answers for a task that does not exist
    }
    // The task's and the process's variables are read now, and then whether the task is still open: when two users
    // complete the same task at once, the one who loses either finds it gone here (404) or holds a view from before
    // the other's commit, which the engine's optimistic locking refuses (409). Read later, in the listeners, the
    // process could show the winner's state half way and fail on it (a gateway missing its decision: a 500).
    Set<String> own = task.getVariableNamesLocal();
    Set<String> visible = task.getVariableNames();
    if (!stillOpen(context, taskId)) {
      // the count is made with the user's authorizations: someone who may not work the task is told that instead
      confirmWorkable(context, task);
      throw new NullValueException("Cannot find task with id " + taskId + ": task is null");
    }
    // Who may work the task is asked only when something is refused; an accepted command has the engine check it.
    List<FieldProblem> problems = names.stream()
        .filter(name -> !own.contains(name) && (scope == Scope.TASK_ONLY
            || scope == Scope.PROCESS && visible.contains(name)))
        .map(TaskVariableGuard::foreign).toList();
    if (!problems.isEmpty()) {
      confirmWorkable(context, task);
      throw new InvalidSubmissionException(problems);
    }
    // A name the task's form does not have is refused too, even before the process holds it: a later step's decision
    // (initialReviewDecision, say) submitted early would otherwise be written to the process and steer it.
    Set<String> formFields = TaskFormFields.of(context, task).orElse(null);
    if (formFields == null) {
      return List.of();
    }
    List<FieldProblem> foreign = names.stream().filter(name -> !own.contains(name) && !formFields.contains(name))
        .map(TaskVariableGuard::foreign).toList();
    if (!foreign.isEmpty()) {
      confirmWorkable(context, task);
    }
    return foreign;
  }

  /** Before a refusal names fields, someone who may not work the task gets the engine's own refusal instead. */
  private static void confirmWorkable(CommandContext context, TaskEntity task) {
    context.getProcessEngineConfiguration().getCommandCheckers().forEach(checker -> checker.checkTaskWork(task));
  }

  private static FieldProblem foreign(String name) {
    return new FieldProblem(name, name, "不是本表单的字段");
  }

  private static boolean stillOpen(CommandContext context, String taskId) {
    return context.getTaskManager().findTaskCountByQueryCriteria(new TaskQueryImpl().taskId(taskId)) > 0;
  }

  private static Collection<String> names(Object values) {
    return values == null ? List.of() : ((Map<?, ?>) values).keySet().stream().map(String::valueOf).toList();
  }

  private static Collection<String> collection(Object values) {
    return values == null ? List.of() : ((Collection<?>) values).stream().map(String::valueOf).toList();
  }

  private static Object read(Field field, Object target) {
    try {
      return field.get(target);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("cannot read " + field, e);
    }
  }

  /** Fails at start-up, not at a user's submission, should a Camunda upgrade rename these fields. */
  private static Field field(Class<?> type, String name) {
    try {
      Field field = type.getDeclaredField(name);
      field.setAccessible(true);
      return field;
    } catch (NoSuchFieldException e) {
      throw new IllegalStateException(type.getName() + " has no field " + name + "; check TaskVariableGuard", e);
    }
  }
}
