import type { FormInstance, FormRules } from 'element-plus'
import { computed, reactive, ref, useTemplateRef } from 'vue'
import { useI18n } from 'vue-i18n'
import { useRoute, useRouter } from 'vue-router'
import { fieldErrors, problemMessage, toProblem } from '@/api/problem'
import { i18n } from '@/locales'
import { decide, safeRedirect } from '@/router/guard'
import { useSessionStore } from '@/stores/session'

export function useLogin() {
  const { t } = useI18n()
  const session = useSessionStore()
  const router = useRouter()
  const route = useRoute()

  const formRef = useTemplateRef<FormInstance>('formRef')
  const form = reactive({ username: '', password: '' })
  const fieldError = reactive<Record<string, string>>({})
  const error = ref('')
  const submitting = ref(false)

  const rules = computed<FormRules>(() => ({
    username: [{ required: true, message: t('login.usernameRequired'), trigger: 'blur' }],
    password: [{ required: true, message: t('login.passwordRequired'), trigger: 'blur' }],
  }))

  /** Follows ?redirect= only when the user just logged in may open it; otherwise their home. */
  function destination(): string {
    const redirect = safeRedirect(route.query.redirect)
    if (!redirect || !session.me) return session.home
    const target = router.resolve(redirect)
    return decide(target, session.me).kind === 'allow' ? target.fullPath : session.home
  }

  async function submit(): Promise<void> {
    if (submitting.value) return
    submitting.value = true
    try {
      if (!(await formRef.value?.validate().catch(() => false))) return
      error.value = ''
      for (const field of Object.keys(fieldError)) delete fieldError[field]
      await session.login(form.username.trim(), form.password)
      await router.replace(destination())
    } catch (failure) {
      const problem = toProblem(failure)
      Object.assign(fieldError, fieldErrors(problem, i18n.global))
      error.value = problemMessage(problem, i18n.global)
      form.password = ''
    } finally {
      submitting.value = false
    }
  }

  return { form, rules, fieldError, error, submitting, submit }
}
