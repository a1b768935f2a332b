package org.svyaz.shell.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.svyaz.shell.StorableText;

/**
 * Checks every parameter of a request (query, form and multipart text fields) and the names of
 * uploaded files for text that cannot be stored, before any controller runs. Thrown here, inside
 * the handler's dispatch, the refusal is answered by {@link ApiErrorHandling} or
 * {@link PageErrorHandling} like any other invalid input.
 */
@Configuration
class RequestTextChecks implements WebMvcConfigurer, HandlerInterceptor {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            StorableText.check(parameter.getKey(), parameter.getKey());
            for (String value : parameter.getValue()) {
                StorableText.check(parameter.getKey(), value);
            }
        }
        if (request instanceof MultipartHttpServletRequest multipart) {
            for (Map.Entry<String, List<MultipartFile>> files : multipart.getMultiFileMap().entrySet()) {
                for (MultipartFile file : files.getValue()) {
                    StorableText.check(files.getKey(), file.getOriginalFilename());
                }
            }
        }
        return true;
    }
}
